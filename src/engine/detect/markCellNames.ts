/**
 * A mark written in a cell of its own beside a name rather than on it (「No. | ※ | 熱中症による救急搬送者数」, the ※ column
 * under the same 指標 heading as the names): the name carries it as if written 「※熱中症による救急搬送者数」, so a footnote
 * giving the mark a meaning (「※印は数値の減少を目指す指標」: markedNameNote.ts) speaks of that row.
 * Guards: the cell right before or after the name cell holds the mark alone (no figure, word or other mark); its column has
 * no heading of its own: going up from the row, the first cell holding anything other than a mark is the name column's
 * heading itself (one merged heading over both) or the same heading written again, or there is none. A mark under a
 * heading of its own (備考 | ※, 重点 | ★) is that column's value, read by what the heading says, never here.
 */
import { normalizeText } from '../values/text';
import type { Grid } from './grid';

const compact = (text: string) => normalizeText(text).replace(/\s+/g, '');

/** Whether the column's heading above `row` is the name column's own (merged over both, or written the same), or none. */
function sharesNameHeading(grid: Grid, row: number, col: number, nameCol: number, mark: string): boolean {
  for (let r = row - 1; r >= grid.top; r--) {
    const text = compact(grid.text(r, col));
    if (!text || text === mark) continue;
    const own = grid.anchor(r, col);
    const names = grid.anchor(r, nameCol);
    return (own.row === names.row && own.col === names.col) || text === compact(grid.text(r, nameCol));
  }
  return true;
}

/** Whether the name at (row, nameCol) carries the mark in a cell of its own right before or after it (see the module's comment). */
export function markBesideName(grid: Grid, row: number, nameCol: number, mark: string): boolean {
  for (const col of [nameCol - 1, nameCol + 1]) {
    if (col < grid.left || col > grid.right) continue;
    const at = grid.anchor(row, col);
    if (at.col === nameCol || at.row !== row) continue;
    if (compact(grid.text(row, col)) === mark && sharesNameHeading(grid, row, col, nameCol, mark)) return true;
  }
  return false;
}
