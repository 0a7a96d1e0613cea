/**
 * One measure counted two ways in a period matrix whose 区分 column says 実績 on every other row, its targets in a column of
 * their own right of the years:
 *   指標名                 | 単位 | 区分   | 令和3年度 | 令和4年度 | 令和5年度 | 令和5年度目標
 *   市内大学卒業生の県内就職率 | ％   | 実績   | 40.1      | 39.7      | 38.5      | 42.0
 *   大学発ベンチャー設立数   | 社   | 単年度 | 2         | 4         | 3         | －
 *   （merged over both）     |      | 累計   | 4         | 8         | 11        | 12
 * The 単年度 and 累計 rows are both the measure's results (the year's count and its running total), and the office sets its
 * target on one of them: the row carrying the one target figure is the indicator's 実績 line, the other its companion, not
 * read (as a table's rows are, countingBasisRows.ts). Only where every labelled line of the block is an 実績 line in that
 * column (a 目標 | 実績 block leaves the pair's role unsaid), only the two rows under a name merged over exactly them, and
 * only when exactly one of them writes a target of its own (a figure or words, not 「－」), in a cell not merged over both.
 */
import type { IndexedCell } from './cells';
import { countsTwoWays } from './countingBasisRows';
import type { Grid } from './grid';
import type { Run, SeriesRow } from './blockTypes';

/** A target written in the cell: any text but a dash or blank. */
const writesTarget = (t: string) => /[^\s\-－―ー‐−—]/.test(t);

/** The columns right of the run whose heading names a target (令和5年度目標, 目標値（R7）). */
function targetColumns(run: Run, headerCells: IndexedCell[]): number[] {
  return headerCells.filter((h) => h.col > run.end && h.label && (h.label.role === 'target' || h.label.role === 'expected')).map((h) => h.col);
}

/** The two rows under the name merged over row `r` and one more, or null. */
function mergedPair(grid: Grid, r: number, nameCol: number): [number, number] | null {
  const m = grid.merge(r, nameCol);
  return m && m.bottom - m.top === 1 && m.left === nameCol ? [m.top, m.bottom] : null;
}

/**
 * The 実績 lines to add to the block's series: of each 単年度 | 累計 pair in the label column, the row carrying the target.
 * `series`: the block's labelled lines; `nameCol`: its names' column.
 */
export function countingBasisSeries(grid: Grid, run: Run, series: SeriesRow[], headerCells: IndexedCell[], nameCol: number | undefined): SeriesRow[] {
  if (nameCol === undefined || !series.length) return [];
  const labelCol = series[0].labelCol;
  if (series.some((s) => s.role !== 'actual' || s.pair || s.labelCol !== labelCol) || nameCol >= labelCol) return [];
  const targets = targetColumns(run, headerCells);
  if (!targets.length) return [];
  const own = new Set(series.map((s) => s.row));
  const last = Math.max(...series.map((s) => s.row)) + 3;
  const out: SeriesRow[] = [];
  for (let r = run.row + 1; r <= Math.min(grid.bottom, last); r++) {
    const pair = own.has(r) ? null : mergedPair(grid, r, nameCol);
    if (!pair || pair[0] !== r || own.has(pair[1])) continue;
    const kinds = pair.map((row) => (grid.anchor(row, labelCol).row === row ? grid.text(row, labelCol) : ''));
    if (!countsTwoWays(kinds[0], kinds[1])) continue;
    const carrying = pair.filter((row) =>
      targets.some((c) => grid.anchor(row, c).row === row && (grid.merge(row, c)?.bottom ?? row) === row && writesTarget(grid.text(row, c))),
    );
    if (carrying.length === 1) out.push({ row: carrying[0], role: 'actual', labelCol });
  }
  return out;
}
