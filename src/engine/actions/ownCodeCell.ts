/**
 * An indicator's own code written on its rows: a long export repeats the 指標コード (「1104」) on every row of the
 * indicator, left of the name. Such a cell reads like a number, but it is the indicator's ID, never a figure left
 * unread (unreadFigures.ts); its heading may stand far above (a long table's 指標コード over many rows). Only a cell
 * left of the name whose text is the indicator's own ID counts: another indicator's code, or a number that merely
 * looks like one, stays a figure.
 */
import type { Grid } from '../detect/grid';
import { compact, normalizeText } from '../values/text';

/** Whether the cell at (row, col), left of the name column, holds the indicator's own ID. */
export function isOwnCode(grid: Grid, row: number, col: number, nameCol: number, id: string | null | undefined): boolean {
  if (!id || col >= nameCol) return false;
  const text = grid.text(row, col);
  return !!text && compact(normalizeText(text)) === compact(normalizeText(id));
}
