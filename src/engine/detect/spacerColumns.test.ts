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
