/**
 * A name written over two cells, one below the other, beside cells merged over both rows: 「地域包括支援センターの」
 * on the indicator's row and 「総合相談件数」 under it, the ID, unit and figures merged down over the two. The row
 * below is no indicator of its own: every other cell of the table on it belongs to the merge above, so its name
 * cell goes on with the name above.
 */
import type { Grid } from './grid';
import { cleanName } from './names';
import type { RawIndicator } from './types';

/**
 * Whether row `r` only continues the name of the indicator on row `above`: its name cell is a cell of its own,
 * and every other column of the table that has something on the row holds it through a merge anchored on `above`
 * (at least one such column).
 */
export function continuesNameAbove(grid: Grid, r: number, above: number, nameCol: number, cols: number[]): boolean {
  if (above >= r || grid.merge(r, nameCol) || !grid.text(r, nameCol)) return false;
  let merged = 0;
  for (const c of cols) {
    if (c === nameCol || !grid.text(r, c)) continue;
    const m = grid.merge(r, c);
    if (!m || m.top !== above) return false;
    merged++;
  }
  return merged > 0;
}

/** The indicator's name with the next line of it, written in the cell below, read again as one name. */
export function joinNameLine(grid: Grid, ind: RawIndicator, r: number, nameCol: number, rawAbove: string): string {
  const raw = `${rawAbove}\n${grid.fullText(r, nameCol)}`;
  const clean = cleanName(raw);
  ind.name = clean.name;
  if (clean.unit && !ind.unit) ind.unit = clean.unit;
  if (clean.id && !ind.id) ind.id = clean.id;
  ind.wordsForDirection = `${ind.wordsForDirection} ${grid.text(r, nameCol)}`;
  return raw;
}
