/**
 * The way written on a 目指す方向 line of a year-rows block (目指す方向 | ↓（縮減） | ↑) is the indicator's whose name it stands
 * under: only a way cell within the name's columns — the name's merge, or up to the next heading on the name's row when it is
 * written once unmerged over its measures. A way merged over two indicators' names (B3:E3 「↓（縮減）」 under 管理戸数 | 入居率)
 * is no one indicator's (review rv49).
 */
import { parseA1 } from '../model/address';
import type { Grid } from './grid';

/** Whether the way cell lies within the columns of the name cell. */
export function withinName(grid: Grid, wayCell: string, nameCell: string): boolean {
  const w = parseA1(wayCell)!;
  const n = parseA1(nameCell)!;
  const wm = grid.merge(w.row, w.col);
  const nm = grid.merge(n.row, n.col);
  let right = nm ? nm.right : n.col;
  if (!nm) while (right < grid.right && !grid.text(n.row, right + 1) && !grid.merge(n.row, right + 1)) right++;
  return (wm?.left ?? w.col) >= (nm?.left ?? n.col) && (wm?.right ?? w.col) <= right;
}
