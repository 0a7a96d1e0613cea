/** The heading over a column's body: the first text above a body cell, four rows up at most. */
import type { Grid } from './grid';

/** The first text above (row, col), four rows up at most; a merged heading counts where it is anchored. */
export function headingOver(grid: Grid, col: number, row: number): string {
  for (let r = row - 1; r >= Math.max(grid.top, row - 4); r--) {
    const a = grid.anchor(r, col);
    const text = grid.text(a.row, a.col);
    if (text) return text;
  }
  return '';
}
