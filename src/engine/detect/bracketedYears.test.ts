/**
 * Years written two ways in one heading cell (「R4(2022)」「2022（R4）」) are periods; with the names merged
 * over a 目標 row and a 実績 row, the years across are the period axis, not indicators.
 */
import { checkWorkbook } from '../actions/check';
import { parsePeriodCell } from '../values/periods';
import { snap } from './testing';

test('a year with its era in brackets, or the era with the year, reads as one period; two different years do not', () => {
  expect(parsePeriodCell('2022(R4)')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('R4（2022）')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('令和4年度(2022年度)')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('2022(R5)')).toBeNull();
  expect(parsePeriodCell('R4(2023)')).toBeNull();
  expect(parsePeriodCell('2022年度（令和4年度）')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('2022年度（令和5年度）')).toBeNull();
});

test.each([
  ['R4(2022)', 'R5(2023)', 'R6(2024)'],
  ['2022年度（令和4年度）', '2023年度（令和5年度）', '2024年度（令和6年度）'],
])('names merged over 目標/実績 rows, years across as %s …: each name one indicator with its unit split off', (...years: string[]) => {
  const values: (string | number | null)[][] = [
    [null, '環境指標の推移', null, null, null, null],
    [null, null, null, null, null, null],
    [null, '項目', '', ...years],
    [null, '公共施設の太陽光発電設備数（基）', '目標', 300, 350, 400],
    [null, null, '実績', 310, 342, null],
    [null, '家庭ごみの排出量（トン）', '目標', 21000, 20500, 20000],
    [null, null, '実績', 20800, 20900, null],
  ];
  const report = checkWorkbook({ sheets: [snap('環境', values, { merges: ['B4:B5', 'B6:B7'] })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['公共施設の太陽光発電設備数', '基', 350, 342],
    ['家庭ごみの排出量', 'トン', 20500, 20900],
  ]);
});
