/** A year heading naming its figures as that year's increase (「令和3年度増加分」) is a period heading of that year. */
import { parsePeriodCell } from './periods';
import { increaseAfterYear } from './yearIncrease';

test('the increase word right after the year: the year written is the period, a plan ordinal in brackets beside it too', () => {
  expect(parsePeriodCell('令和3年度増加分\n（1年目）')?.period).toMatchObject({ fiscalYear: 2021, kind: 'fiscal' });
  expect(parsePeriodCell('R4増分')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('令和4年度純増分')?.period.fiscalYear).toBe(2022);
  expect(increaseAfterYear('令和3年度増加分', 5)).toBe(3);
});

test('counted from a year, another measure, a word before the year or a target heading: no period heading', () => {
  expect(parsePeriodCell('令和3年度からの増加分')).toBeNull();
  expect(parsePeriodCell('令和3年度増加分の割合')).toBeNull();
  expect(parsePeriodCell('R3増加率')).toBeNull();
  expect(parsePeriodCell('増加分（R4）')).toBeNull();
  expect(parsePeriodCell('令和5年度増加分\n（3年目）目標値')).toBeNull();
  expect(increaseAfterYear('令和3年度からの増加分', 5)).toBe(0);
});

describe('review rv68: an increase heading heads an actual only with a measure word under it', () => {
  const { checkWorkbook } = jest.requireActual('../actions/check') as typeof import('../actions/check');
  const { snap } = jest.requireActual('../detect/testing') as typeof import('../detect/testing');
  const read = (rows: (string | number | null)[][]) =>
    checkWorkbook({ sheets: [snap('KPI', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]);

  test('a bare 「令和5年度増加分」 beside a level target is no actual of the year (the increase is no level)', () => {
    expect(
      read([
        ['指標名', '単位', '事業開始前', '令和5年度目標', '令和5年度増加分'],
        ['移住者数', '人', 100, 150, 20],
      ]),
    ).toEqual([['移住者数', 150, null, null]]);
  });

  test('目標値 | 実績値 under each increase year are read as that year’s', () => {
    const rows = [
      ['KPI', '単位', '事業開始前', '令和4年度増加分', null, '令和5年度増加分', null],
      [null, null, null, '目標値', '実績値', '目標値', '実績値'],
      ['新規雇用者数', '人', 0, 20, 23, 30, 34],
    ];
    const merged = { ...snap('KPI', rows), merges: ['D1:E1', 'F1:G1'] };
    const r = checkWorkbook({ sheets: [merged] }, { period: '令和5年度' }).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]);
    expect(r).toEqual([['新規雇用者数', 30, 34, 'A']]);
  });
});
