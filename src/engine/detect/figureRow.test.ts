/** A body row whose words read like a header (a year code and a 指標区分 on every row) is still read when it holds figures. */
import { Grid } from './grid';
import { holdsFigures } from './figureRow';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const exported = (kind: string) =>
  snap('一覧', [
    ['年度', '区分', '指標', '単位', '目標値', '実績値', '達成度(%)', '評価'],
    ['R5', kind, '講座の参加者数', '人', 200, 180, 90, 'B'],
    ['R5', kind, '相談件数', '件', 50, 61, 122, 'A'],
    ['R5', kind, '登録団体数', '団体', 40, 40, 100, 'A'],
  ]);

test('rows with a 成果指標 cell and a year code on every row are read as the table body, each with its text grade', () => {
  const read = detectSheet(exported('成果指標'), scale).indicators.map((i) => [i.name, i.gradeCell?.raw ?? null]);
  expect(read).toEqual([
    ['講座の参加者数', 'B'],
    ['相談件数', 'A'],
    ['登録団体数', 'A'],
  ]);
});

test('holdsFigures: two figures make a body row; text headings or years as numbers do not', () => {
  const grid = new Grid(
    snap('s', [
      ['指標', '目標値', '実績値'],
      ['a', 10, 12.5],
      ['b', 2023, 2024],
      ['c', '10', 12],
    ]),
  );
  expect([1, 2, 3, 4].map((r) => holdsFigures(grid, r, [2, 3]))).toEqual([false, true, false, false]);
});

test('holdsFigures: numbers written as text with a separator or a decimal point are figures (「152,000」「１８，３５０」「12.5」)', () => {
  const grid = new Grid(
    snap('s', [
      ['指標', '目標値', '実績値'],
      ['a', '152,000', '１８，３５０'],
      ['b', '12.5', 13],
      ['c', '10', '12'],
      ['d', '2,023', '令和5'],
    ]),
  );
  expect([2, 3, 4, 5].map((r) => holdsFigures(grid, r, [2, 3]))).toEqual([true, true, false, false]);
});

test("holdsFigures: 未実施 or 集計中 beside one figure stands in a figure's place; beside none, or a heading word, it does not", () => {
  const grid = new Grid(
    snap('s', [
      ['指標', '目標値', '実績値'],
      ['a', 6, '未実施'],
      ['b', 6, '集計中'],
      ['c', '未実施', '未実施'],
      ['d', 6, '実績'],
    ]),
  );
  expect([2, 3, 4, 5].map((r) => holdsFigures(grid, r, [2, 3]))).toEqual([true, true, false, false]);
});

test('a 活動指標 row whose actual is 未実施 is read in a 区分 | 指標名 table, not taken for a header', () => {
  const sheet = snap('事業', [
    ['■指標'],
    ['区分', '指標名', '単位', '目標値（R5）', '実績値（R5）', '達成率', '備考'],
    ['活動指標', 'まちの魅力発見ワークショップ開催回数', '回', 6, '未実施', '－', '講師の確保ができず未実施'],
    ['成果指標', '「住み続けたい」と思う市民の割合', '％', 80, 76.4, 0.955],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['まちの魅力発見ワークショップ開催回数', '「住み続けたい」と思う市民の割合']);
});
