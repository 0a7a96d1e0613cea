/**
 * A bare 方向性 heading: on a policy sheet it is where the clerk marks which way an indicator should
 * go (「↑」「↓減少」「➘」「低減」), though 今後の方向性 (a project's future: 拡充 / 継続 / 見直し) is
 * labelled the same way elsewhere. What its cell holds decides: an arrow or a one-word way is the
 * indicator's stated direction (directionMark), anything else stays the project's future.
 */
import { parseA1 } from '../model/address';
import { directionMark } from '../values/directionWords';
import type { Grid } from './grid';
import { compact, normalizeText } from '../values/text';

/** 方向性 alone (「方向性」「方 向 性」), not 今後の方向性 or any longer heading. */
export function isBareWayHeading(text: string): boolean {
  // No character but 性 itself becomes 性 under NFKC, so a text without it is never the heading:
  // the test runs on every cell of a period block, and most fail here without normalising.
  return text.includes('性') && compact(normalizeText(text)) === '方向性';
}

/** The way a cell under or beside a bare 方向性 heading states, or null (the heading is another, or the cell says no way). */
export function wayUnderHeading(heading: string, cell: string): 'up' | 'down' | 'maintain' | null {
  return isBareWayHeading(heading) ? directionMark(cell) : null;
}

/** Whether a column's headings include a bare 方向性, found once per column and grid: a table asks it for every row. */
const wayColumns = new WeakMap<{ cells: string[] }, { grid: Grid; bare: boolean }>();

function underBareWayHeading(grid: Grid, column: { cells: string[] }): boolean {
  const known = wayColumns.get(column);
  if (known && known.grid === grid) return known.bare;
  const bare = column.cells.some((ref) => {
    const at = parseA1(ref);
    return !!at && isBareWayHeading(grid.text(at.row, at.col));
  });
  wayColumns.set(column, { grid, bare });
  return bare;
}

/** The way a table cell states under its column's headings (the bare 方向性 among them), or null. */
export function columnWay(grid: Grid, column: { cells: string[] }, text: string): 'up' | 'down' | 'maintain' | null {
  return underBareWayHeading(grid, column) ? directionMark(text) : null;
}
