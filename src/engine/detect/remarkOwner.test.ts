/**
 * A 備考 cell naming no indicator that states the direction belongs to the one indicator whose block holds it (a merged
 * note beside a block's figure rows), or the one on its line; a note in the blocks of several belongs to none.
 */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { Grid } from './grid';
import { remarkOwner } from './remarkOwner';
import { snap } from './testing';
import type { RawIndicator } from './types';

type Rows = CellValue[][];

/** Two stacked blocks (title line, period line, 実績値, 期待値), each with a 備考 column merged down its three rows. */
const blocks = (note1: string | null, note2: string | null): Rows => [
  ['令和５年度 施策評価シート（評価対象年度：令和５年度）'],
  ['指標①', '健康教室の参加者数', null, null, '単位', '人', '備考'],
  ['区分', 'R3', 'R4', 'R5', 'R6', 'R7', note1],
  ['実績値', 1200, 1300, 1350, null, null, null],
  ['期待値', 1250, 1300, 1400, 1450, 1500, null],
  [],
  ['指標②', '救急搬送の平均所要時間', null, null, '単位', '分', '備考'],
  ['区分', 'R3', 'R4', 'R5', 'R6', 'R7', note2],
  ['実績値', 42, 41.6, 41.5, null, null, null],
  ['期待値', 41.5, 41, 40, 39.5, 39, null],
];
const merges = ['G3:G5', 'G8:G10'];
const report = (rows: Rows) => checkWorkbook({ sheets: [snap('施策', rows, { merges })] }, {}).report;

test('「※値が小さいほど良い指標」 merged down a block’s 備考 column turns that block’s indicator down, not the other', () => {
  expect(report(blocks(null, '※値が小さいほど良い指標')).indicators.map((i) => [i.name, i.direction])).toEqual([
    ['健康教室の参加者数', 'up'],
    ['救急搬送の平均所要時間', 'down'],
  ]);
  expect(report(blocks('※減少を目指す', null)).indicators.map((i) => i.direction)).toEqual(['down', 'up']);
});

test('a note that states no direction (速報値) leaves the block as it is', () => {
  expect(report(blocks(null, '※R5は速報値')).indicators.map((i) => i.direction)).toEqual(['up', 'up']);
});

const ind = (name: string, cells: { row: number; col: number }[], nameCell: string): RawIndicator => ({
  sheet: 'S',
  layout: 'policy-block',
  row: cells[0].row,
  id: null,
  name,
  nameCell,
  wordsForDirection: name,
  cumulative: false,
  repeated: false,
  actuals: cells.map((c) => ({ ...c, cell: '', raw: 1, formula: null, parsed: { status: 'value', value: 1, text: '1' } })),
  targets: [],
  baselines: [],
});

test('blocks side by side on the same rows: a note beside the left block is its own, one right of both belongs to none past two columns', () => {
  const grid = new Grid(snap('S', [[null]]));
  const left = ind(
    '左',
    [
      { row: 3, col: 2 },
      { row: 5, col: 4 },
    ],
    'B2',
  );
  const right = ind(
    '右',
    [
      { row: 3, col: 8 },
      { row: 5, col: 10 },
    ],
    'H2',
  );
  expect(remarkOwner(grid, { row: 4, col: 5 }, [left, right])?.name).toBe('左');
  expect(remarkOwner(grid, { row: 4, col: 11 }, [left, right])?.name).toBe('右');
  expect(remarkOwner(grid, { row: 4, col: 14 }, [left, right])).toBeNull();
  // On the line of both names: neither.
  expect(remarkOwner(grid, { row: 2, col: 5 }, [left, right])).toBeNull();
});

test('a block’s 方向 line stating the other way wins over its 備考 note, and the conflict is flagged', () => {
  const rows: Rows = [
    ['令和５年度　施策評価シート（令和５年度実績）'],
    [],
    ['指標', '相談件数', null, null, null, null, null, '単位：件', '備考'],
    ['説明', '', null, null, null, null, '方向', '↑増加', null],
    ['区分', '基準値（R1）', 'R2', 'R3', 'R4', 'R5', 'R6', '最終目標（R8）', '※値が小さいほど良い指標'],
    ['実績値', 10, 12, 15, 18, 22, null, null, null],
    ['目標値', null, 12, 14, 16, 18, 20, 24, null],
  ];
  const r = checkWorkbook({ sheets: [snap('施策1-1', rows, { merges: ['I5:I7'] })] }, {}).report;
  expect(r.indicators.map((i) => i.direction)).toEqual(['up']);
  expect(r.findings.filter((f) => f.code === 'direction-conflict')).toHaveLength(1);
});
