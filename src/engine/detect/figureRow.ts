import type { Grid } from './grid';

/**
 * A table's body row that happens to read like a header (a cell 「R6」 or 「成果指標」 in a column of its own, as a
 * system export writes on every row) is still a body row when it holds figures: numbers stored as numbers in at
 * least two of the table's value columns. A header row names its columns; it holds no figures. Year-like whole
 * numbers (1900–2100) are not counted, as a heading row may hold its years as numbers.
 */
export function holdsFigures(grid: Grid, row: number, valueCols: number[]): boolean {
  let figures = 0;
  for (const col of valueCols) {
    const v = grid.value(row, col);
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) figures++;
  }
  return figures >= 2;
}
