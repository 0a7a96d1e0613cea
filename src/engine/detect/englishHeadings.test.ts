/** English headings copied from a template (「Target FY2023」 between 令和4年度実績 and 令和5年度実績) read as the Japanese ones they stand for. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('PI', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.direction, i.existingGrade]);

test('a target column headed 「Target FY2023」 among Japanese headings is that year’s target', () => {
  expect(
    read([
      ['令和５年度　業務指標の状況'],
      ['業務指標', '単位', '望ましい方向', '令和4年度実績', 'Target FY2023', '令和5年度実績', '評価'],
      ['有収率', '％', '↑', 86.1, 88.0, 85.3, 'B'],
      ['漏水率', '％', '↓', 9.8, 8.0, 10.4, 'C'],
    ]),
  ).toEqual([
    ['有収率', 88, 85.3, 'up', 'B'],
    ['漏水率', 8, 10.4, 'down', 'C'],
  ]);
});

test('a table wholly in English: Indicator | Unit | Direction | Actual 2022 | Target FY2023 (%) | FY2023 Result | Self-evaluation', () => {
  expect(
    read([
      ['FY2023 KPI'],
      ['Indicator', 'Unit', 'Direction', 'Actual 2022', 'Target FY2023', 'FY2023 Result', 'Self-evaluation'],
      ['外国人観光客数', '人', '↑', 12000, 15000, 14100, 'B'],
    ]),
  ).toEqual([['外国人観光客数', 15000, 14100, 'up', 'B']]);
});

test('English words that are no heading (「Number of visitors FY2023」), or two years in one heading, head no figures', () => {
  expect(read([['令和５年度'], ['指標', 'Number of visitors FY2023', 'Target FY2023 FY2024'], ['外国人観光客数', 15000, 14100]])).toEqual([]);
});
