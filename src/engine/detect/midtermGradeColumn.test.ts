/** The 中間評価 grade column beside this evaluation's 評価 column is the mid-term review's: the 評価 column is the written grade. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const table = (headings: string[], rows: CellValue[][]): CellValue[][] => [['健康増進計画　指標の進捗状況（令和5年度）'], [], headings, ...rows];
const written = (values: CellValue[][]) => checkWorkbook({ sheets: [snap('指標', values)] }, {}).report.indicators.map((i) => i.existingGrade);

test('中間評価 beside 評価: the grades are those of 評価', () => {
  const headings = ['指標', '単位', 'ベースライン値（H28）', '中間評価値（R3）', '中間評価', '直近値（R5）', '目標値（R9）', '評価'];
  const rows = [
    ['野菜摂取量が350g以上の者の割合', '％', 25.1, 26.0, 'C', 27.2, 35, 'B'],
    ['3歳児でむし歯のない者の割合', '％', 82.4, 88.0, 'B', 91.3, 90, 'A'],
  ];
  expect(written(table(headings, rows))).toEqual(['B', 'A']);
});

test('a 中間評価 column alone is the grade column', () => {
  const headings = ['指標', '単位', 'ベースライン値（H28）', '直近値（R3）', '目標値（R9）', '中間評価'];
  const rows = [
    ['野菜摂取量が350g以上の者の割合', '％', 25.1, 26.0, 35, 'C'],
    ['3歳児でむし歯のない者の割合', '％', 82.4, 88.0, 90, 'B'],
  ];
  expect(written(table(headings, rows))).toEqual(['C', 'B']);
});
