/** A series heading over area columns and their whole (「R5実績」 over 東地区 | 西地区 | 全市): the whole is the actual, no choice flagged. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (whole: string) =>
  snap(
    '地区別',
    [
      ['令和5年度 地区別の取組状況'],
      ['指標', '単位', 'R5目標', 'R5実績', null, null],
      [null, null, null, '東地区', '西地区', whole],
      ['自主防災組織の結成数', '団体', 60, 25, 28, 53],
      ['防災訓練の参加率', '％', 30, 34.5, 22.1, 27.9],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'] },
  );

test('the whole column is the actual; the areas are not read, and no column choice is a guess', () => {
  const { report } = checkWorkbook({ sheets: [sheet('全市')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([
    ['自主防災組織の結成数', 60, 53, 'F4'],
    ['防災訓練の参加率', 30, 27.9, 'F5'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a sub-heading that is no area or whole (a month, a kind) leaves the columns as they were', () => {
  const { report } = checkWorkbook({ sheets: [sheet('その他')] }, {});
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});
