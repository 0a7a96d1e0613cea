/** A plain 実績 column beside an actual column of an earlier year: the plain one is the year the sheet states. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (title: string | null, headings: string[]) =>
  snap('効果額', [[title], ['No.', '取組項目', ...headings], [1, '未収金の回収強化', 12000, 13460, 11820], [2, '使用料の増収', 9800, 7310, 6950]]);
const read = (title: string | null, headings = ['目標', '実績', '令和4年度実績']) => checkWorkbook({ sheets: [sheet(title, headings)] }, {}).report;

test('under a 令和５年度 title, 実績 beside 令和4年度実績 is the year 2023: its figure is the actual', () => {
  const report = read('令和５年度　経営改善の取組');
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.actual, i.target, i.grade])).toEqual([
    [13460, 12000, 'A'],
    [7310, 9800, 'C'],
  ]);
});

test('with no year stated, the dated column still sets the period (nothing to date the plain one by)', () => {
  const report = read('経営改善の取組');
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators[0].actual).toBe(11820);
});

test('a dated actual of the sheet’s own year beside the plain one: the plain one is not dated by the title', () => {
  const report = read('令和５年度　経営改善の取組', ['目標', '実績', '令和5年度実績']);
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators[0].actual).toBe(11820);
});
