/** The shapes a period axis is read in: a run of period headings, its segment, the series lines and the block context (periodBlock.ts, periodAxes.ts). */
import type { Grid } from './grid';
import type { Role } from '../values/labels';
import type { Period } from '../values/periods';
import type { CellIndex, IndexedCell } from './cells';
import type { MeasurePair } from './measurePairs';

export interface Run {
  row: number;
  cells: { col: number; period: Period; baseline: boolean }[];
  start: number;
  end: number;
}

export interface Segment {
  run: Run;
  left: number;
  right: number;
}

export interface SeriesRow {
  row: number;
  role: Role;
  labelCol: number;
  /** A line naming two measures (「実績／目標」) whose cells hold both (measurePairs.ts); `role` is the first. */
  pair?: MeasurePair;
  /** The row whose target columns hold this line's target: a 単年度 | 累計 pair's target written on the other row (countingBasisSeries.ts). */
  targetRow?: number;
  /** A 単年度 | 累計 pair whose target's heading names the other row's basis: both rows' label cells, this row's first (review rv76). */
  basisUnsure?: string[];
}

export interface SeriesGroup {
  series: SeriesRow[];
  nameRow?: number;
  /** The row of the name's second line, written on in the cell below (namesWrittenOn.ts). */
  continuedRow?: number;
  /** The row of a unit line written in the name column under the name (unitNameRows.ts). */
  unitRow?: number;
}

/** What the whole segment shares: its header cells, label column and block lines. */
export interface BlockContext {
  grid: Grid;
  index: CellIndex;
  seg: Segment;
  axisRows: Set<number>;
  labelCol: number;
  headerCells: IndexedCell[];
  nameCol?: number;
  /** The block's 単位 line: the unit, and a note written after it (「※数値が低いほど良い指標」). */
  firstUnit?: { cell: IndexedCell; text: string; note?: string };
  directionLines: IndexedCell[];
  /** Each group's name line in the label column, a pivot table's row items (outlineItemNames.ts). */
  outlineNames?: { row: number; col: number }[];
  /** How many indicators' groups of rows the block holds (a numbered caption names a block of one: numberedCaption.ts). */
  groups?: number;
}
