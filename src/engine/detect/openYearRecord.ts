/**
 * Review rv74: a record by months (4月 … 3月) whose last month is blank in every row that has figures for the first (「…月別発電実績
 * （9月末現在）」 with 10月 … 3月 empty) is a year not over: its 年度計 is the progress so far, not the year's result, and a clerk
 * does not grade it against the year's plan (ratioPlanHeading.ts reads no plan there).
 */
import type { Grid } from './grid';

/** How many rows under the months are looked at. */
const ROWS = 200;

/** A figure: a number, or a text led by one (「5,000」). */
function figure(grid: Grid, row: number, col: number): boolean {
  const v = grid.raw(row, col);
  return typeof v === 'number' || (typeof v === 'string' && /^[△▲+\-−－]?\s*[\d０-９]/.test(v.trim()));
}

/**
 * Whether the months or quarters at `cols` of header row `row` stand over a year not over: some row under them has a figure in
 * the first, and no row has one in the last.
 */
export function yearNotOver(grid: Grid, row: number, cols: readonly number[]): boolean {
  if (cols.length < 2) return false;
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  let begun = false;
  for (let r = row + 1; r <= Math.min(grid.bottom, row + ROWS); r++) {
    if (figure(grid, r, last)) return false;
    if (figure(grid, r, first)) begun = true;
  }
  return begun;
}
