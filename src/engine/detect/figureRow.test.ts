/** A body row whose words read like a header (a year code and a 指標区分 on every row) is still read when it holds figures. */
import { Grid } from './grid';
import { CellIndex } from './cells';
import { figureCount, holdsFigures } from './figureRow';
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

test('figureCount: numbers, and numbers written as text with a separator, that read as no period; years, codes and bare 「10」 are none', () => {
  const index = new CellIndex(
    new Grid(
      snap('s', [
        ['市内総生産', '2,850', '平成30年度', '3,000', '2,912', '令和２年度'],
        ['令和5年度', '令和6年度', '10', '1-2', 'R5.3', 2023],
        ['a', 905, 'H30', 850, '12.5'],
      ]),
    ),
  );
  expect([1, 2, 3].map((r) => figureCount(index.row(r)))).toEqual([3, 0, 3]);
});

test('a first body row whose figures are text (「2,850」) beside its years (基準年 | 直近値の時点) is read, not taken for the header', () => {
  const sheet = snap('一覧', [
    ['成果指標', '単位', '基準値', '基準年', '目標値（R5）', '直近値', '直近値の時点', '評価'],
    ['市内総生産', '億円', '2,850', '平成30年度', '3,000', '2,912', '令和２年度', 'B'],
    ['就業率', '％', 57.8, '平成27年', 60, 58.6, '令和２年', 'B'],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['市内総生産', ['E2'], ['F2']],
    ['就業率', ['E3'], ['F3']],
  ]);
});

test('a row of years under the header numbering its columns as text (「1」「2」 …, no separator: no figure) still continues the header', () => {
  const sheet = snap('一覧', [
    ['No.', '指標', '単位', '実績値', null, '目標値'],
    ['1', '2', '3', '令和4年度', '令和5年度', '4'],
    ['1', '相談件数', '件', 120, 135, 150],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.actuals.map((a) => [a.cell, a.period?.label ?? null])]);
  expect(read).toEqual([
    [
      '相談件数',
      [
        ['D3', '令和4年度'],
        ['E3', '令和5年度'],
      ],
    ],
  ]);
});

test('beside one text figure with a separator, bare digits written as text are figures: the first body row is read (review rv71)', () => {
  const sheet = snap('一覧', [
    ['成果指標', '単位', '基準値', '基準年', '目標値（R5）', '直近値', '直近値の時点', '評価'],
    ['相談件数', '件', '850', '平成30年度', '1,000', '912', '令和２年度', 'B'],
    ['就業率', '％', 57.8, '平成27年', 60, 58.6, '令和２年', 'B'],
  ]);
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['相談件数', ['E2'], ['F2']],
    ['就業率', ['E3'], ['F3']],
  ]);
  const index = new CellIndex(new Grid(snap('s', [['相談件数', '850', '平成30年度', '1,000', '912']])));
  expect(figureCount(index.row(1))).toBe(3);
});
