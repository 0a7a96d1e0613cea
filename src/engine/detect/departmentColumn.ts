/**
 * A department label's value below it (labels in a row over their values: 担当部 | 担当課 over 総務部 | 総務課): the cell
 * under the label, unless that cell starts a column of several values (部局 merged over two header rows, then 総務部,
 * 市民生活部, 健康福祉部 … one a row): then the label heads a table's column, each value a row's unit, and none of them is the
 * sheet's department (sheetMeta.ts).
 */
import type { CellIndex } from './cells';
import type { Grid } from './grid';

/**
 * Whether the cell at `row` starts a column of values: it and the next two cells down each hold a short text that is no label,
 * period or sentence. Sentence lines under a 担当部局 | 総務部 cell (a description, 「…を進める。」) make no column of units.
 */
export function startsValueColumn(grid: Grid, index: CellIndex, row: number, col: number): boolean {
  for (let r = row; r < row + 3; r++) {
    if (r > grid.bottom || grid.anchor(r, col).row !== r || !grid.text(r, col)) return false;
    if (sentence(grid.text(r, col))) return false;
    const at = index.at(r, col);
    if (at && (at.meta || at.label || at.period)) return false;
  }
  return true;
}

/** A line of prose rather than a unit's name: long, or with sentence punctuation. */
function sentence(text: string): boolean {
  const t = text.trim();
  return t.length > 20 || /[。、，！？]/.test(t);
}

/** The cell under a department label (under its merge) as a candidate value, or null when empty or the start of a column of values. */
export function departmentBelow(grid: Grid, index: CellIndex, label: { row: number; col: number }): { row: number; col: number; text: string } | null {
  const row = (grid.merge(label.row, label.col)?.bottom ?? label.row) + 1;
  if (row > grid.bottom || !grid.text(row, label.col) || startsValueColumn(grid, index, row, label.col)) return null;
  return { row, col: label.col, text: grid.text(row, label.col) };
}
