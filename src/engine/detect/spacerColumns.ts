/**
 * Blank spacer columns: sheets laid out with a narrow empty column between every data column (label | 　 | value).
 * A column that holds nothing on any row of the sheet is no cell of its own; the cell beside a label is the first one
 * past such columns — when the sheet's other header lines (labels in the same column, above it) hold their values there.
 * A column blank only in the header band (a table's names below fill it) is one too for a label whose own row is blank
 * there: when two or more header lines right above it (政策 | 　 | ２　未来を… , 施策 | 　 | 2-1 …) all hold their values
 * in one column past that blank, the label's cell is in that column as well (施策の総合評価 | 　 | ▢).
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
  if (col === next) return headerValuesColumn(grid, index, label) ?? next;
  if (col > grid.right) return next;
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

/** How far past the cell beside a label its line's value may stand, and how many header lines above must agree. */
const HEADER_SPACERS = 2;
const AGREEING_LINES = 2;

/**
 * The column where the header lines right above `label` hold their values past blank cells beside their labels, when the
 * label's own row is blank up to it; null when fewer than two such lines agree on one column, or a line above holds its value
 * elsewhere.
 */
function headerValuesColumn(grid: Grid, index: CellIndex, label: IndexedCell): number | null {
  const next = label.right + 1;
  const blankRun = (r: number, to: number) => {
    for (let c = next; c < to; c++) if (!grid.isBlank(r, c)) return false;
    return true;
  };
  if (!grid.isBlank(label.row, next) || grid.merge(label.row, next)) return null;
  let col: number | null = null;
  let lines = 0;
  for (let r = label.row - 1; r >= Math.max(grid.top, label.row - 3); r--) {
    const line = index.at(r, label.col);
    if (!line?.text.trim() || line.right !== label.right || line.row !== r) break;
    let c = next;
    while (c <= next + HEADER_SPACERS && grid.isBlank(r, c)) c++;
    // A title line (nothing right of it) ends the header lines; a value beside its label or in another column, no such layout.
    if (c > next + HEADER_SPACERS) break;
    if (c === next || (col !== null && c !== col)) return null;
    col = c;
    lines++;
  }
  return col !== null && lines >= AGREEING_LINES && blankRun(label.row, col) ? col : null;
}
