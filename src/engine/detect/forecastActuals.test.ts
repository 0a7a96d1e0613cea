import { checkWorkbook } from '../actions/check';
import { parseValue } from '../values/values';
import { findPeriod } from '../values/periods';
import { isForecastBeyondTitle } from './forecastActuals';
import { snap } from './testing';

const fy = (text: string) => findPeriod(text)!.period;

describe('isForecastBeyondTitle: a provisional figure of a later year than the title’s is a forecast', () => {
  const meta = { titlePeriod: fy('令和6年度') };
  test.each([
    ['5,900（見込み）', '令和7年度', true],
    ['5,900（見込み）', '令和6年度', false],
    ['5,900', '令和7年度', false],
  ])('%s in %s', (raw, year, expected) => expect(isForecastBeyondTitle(meta, { period: fy(year), parsed: parseValue(raw) })).toBe(expected));

  test('a sheet whose title names no year has no forecast by this rule', () =>
    expect(isForecastBeyondTitle({}, { period: fy('令和7年度'), parsed: parseValue('5,900（見込み）') })).toBe(false));
});

/** Years as rows, a later year's row holding only a 見込み figure; `title`: the sheet's first line. */
const sheet = (title: string) =>
  snap('指標推移', [
    [title],
    [],
    ['年度', '相談件数 目標', '相談件数 実績'],
    ['令和4年度', 900, 870],
    ['令和5年度', 950, 1012],
    ['令和6年度', 1000, 1050],
    ['令和7年度', 1100, '1,120（見込み）'],
  ]);

describe('the evaluation period is not taken from a forecast beyond the title’s year', () => {
  test('title 令和6年度: the period is 令和6年度 and its row is graded, not the 令和7年度 見込み', () => {
    const { report } = checkWorkbook({ sheets: [sheet('令和6年度 相談事業 指標の推移')] }, {});
    expect(report.period?.fiscalYear).toBe(2024);
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[1000, 1050]]);
  });

  test('with no year in the title the latest row with a figure is still the period (a guess, as before)', () => {
    const { report } = checkWorkbook({ sheets: [sheet('相談事業 指標の推移')] }, {});
    expect(report.period?.fiscalYear).toBe(2025);
  });
});
