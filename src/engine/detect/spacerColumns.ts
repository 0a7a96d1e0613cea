/**
 * Blank spacer columns: sheets laid out with a narrow empty column between every data column (label | 　 | value).
 * A column that holds nothing on any row of the sheet is no cell of its own; the cell beside a label is the first one
 * past such columns — when the sheet's other header lines (labels in the same column, above it) hold their values there.
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';

/** Whether the column holds nothing on any row of the used range (merged areas seen through). */
export function isBlankColumn(grid: Grid, col: number): boolean {
  for (let r = grid.top; r <= grid.bottom; r++) if (!grid.isBlank(r, col)) return false;
  return true;
}

/**
 * The column of the cell beside `label`: right after it, or past the blank spacer columns there when another header line
 * above within three rows (a text in the label's column) has the same spacers after its label and its value right past them.
 */
export function besideColumn(grid: Grid, index: CellIndex, label: IndexedCell): number {
  const next = label.right + 1;
  let col = next;
  while (col <= grid.right && isBlankColumn(grid, col)) col++;
  if (col === next || col > grid.right) return next;
  for (let r = Math.max(grid.top, label.row - 3); r < label.row; r++) {
    const line = index.at(r, label.col);
    if (line && line.text.trim() && line.right === label.right && grid.text(r, col) !== '') return col;
  }
  return next;
}

/** The cell beside `label` (the anchor of its merged area; besideColumn), or null past the column right after the used range. */
export function cellBeside(grid: Grid, index: CellIndex, label: IndexedCell): { row: number; col: number } | null {
  const col = besideColumn(grid, index, label);
  return col <= grid.right + 1 ? grid.anchor(label.row, col) : null;
}
