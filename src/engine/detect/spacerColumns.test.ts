import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { besideColumn, isBlankColumn } from './spacerColumns';
import { snap } from './testing';

type Rows = (string | number | null)[][];

/** Every row written with a blank column after each cell (label | 　 | value | 　 | …). */
const spaced = (rows: Rows): Rows => rows.map((r) => r.flatMap((v) => [v, null]));

const policySheet = (rating: string | null): Rows =>
  spaced([
    ['施策評価シート'],
    ['対象年度', '令和5年度'],
    ['施策', '2-1 子育て支援の充実'],
    ['施策の達成状況（A～D）', rating, '前年度', '（C）'],
    [],
    ['成果指標', '目標値', '実績値', '単位'],
    ['相談件数', 100, 120, '件'],
    ['参加者数', 50, 40, '人'],
  ]);

const groupCells = (rows: Rows) => checkWorkbook({ sheets: [snap('施策2-1', rows)] }, {}).report.groups.map((g) => g.cell);

test('a column blank on every row is a spacer; a column with one value is not', () => {
  const grid = new Grid(snap('s', policySheet(null)));
  expect(isBlankColumn(grid, 2)).toBe(true);
  expect(isBlankColumn(grid, 3)).toBe(false);
});

test("the policy's rating cell beside its label is past the blank spacer column, where the header lines hold their values", () => {
  expect(groupCells(policySheet(null))).toEqual(['C4']);
  expect(groupCells(policySheet('B'))).toEqual(['C4']);
});

test('without header lines holding their values past the spacer, the cell right after the label stays the cell beside it', () => {
  const rows: Rows = [['施策の達成状況', null, '前年度'], [], ['成果指標', '目標値', '実績値'], ['相談件数', 100, 120]];
  const grid = new Grid(snap('s', rows));
  const index = new CellIndex(grid);
  const label = index.at(1, 1);
  expect(label && besideColumn(grid, index, label)).toBe(2);
});

test('a column blank only in the header band: the rating cell is where the header lines above hold their values past it', () => {
  const rows: Rows = [
    ['評価シート'],
    ['政策', null, '1 安全なまち'],
    ['施策', null, '1-2 防災力の向上'],
    ['施策の総合評価', null, null, '（A～Dで記入）'],
    [],
    ['No.', '指標名', '目標値', '実績値'],
    [1, '防災訓練の参加者数', 500, 450],
  ];
  const grid = new Grid(snap('s', rows));
  const index = new CellIndex(grid);
  expect(besideColumn(grid, index, index.at(4, 1)!)).toBe(3);
  // One header line is no evidence; a line holding its value right beside its label neither.
  const one: Rows = [['政策', null, '1 安全なまち'], ['施策の総合評価', null, null], [], ['No.', '指標名'], [1, '防災訓練の参加者数']];
  const g1 = new Grid(snap('s', one));
  expect(besideColumn(g1, new CellIndex(g1), new CellIndex(g1).at(2, 1)!)).toBe(2);
  const mixed: Rows = [
    ['政策', '1 安全なまち'],
    ['施策', null, '1-2 防災力の向上'],
    ['分野', null, '防災'],
    ['施策の総合評価', null, null],
    [1, '指標'],
  ];
  const g2 = new Grid(snap('s', mixed));
  expect(besideColumn(g2, new CellIndex(g2), new CellIndex(g2).at(4, 1)!)).toBe(2);
  const disagree: Rows = [
    ['分野', null, null, '防災'],
    ['担当', null, '危機管理課'],
    ['施策の総合評価', null, null],
    [1, '指標', 'x', 'y'],
  ];
  const g4 = new Grid(snap('s', disagree));
  expect(besideColumn(g4, new CellIndex(g4), new CellIndex(g4).at(3, 1)!)).toBe(2);
});
