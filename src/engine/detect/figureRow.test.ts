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
