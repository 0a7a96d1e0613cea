/**
 * A name written over two cells, one below the other, beside cells merged over both rows: 「地域包括支援センターの」
 * on the indicator's row and 「総合相談件数」 under it, the ID, unit and figures merged down over the two. The row
 * below is no indicator of its own: every other cell of the table on it belongs to the merge above, so its name
 * cell goes on with the name above.
 */
import type { Column } from './column';
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

/** A name that cannot end where it stops: it ends in a joining word or mark (「…新規高卒者の」「…及び」「…・」). */
const UNFINISHED = /(の|と|や|及び|並びに|又は|または|における|に関する|・|、|，)$/;

/**
 * Whether row `r`, right under the indicator on row `above`, holds only the next line of its name (as PDF conversions
 * wrap a long name onto its own row): nothing else in the table's columns, a short text, and either the name above
 * visibly unfinished or the table's id column numbering the row above but not this one.
 */
export function nameLineBelow(grid: Grid, r: number, above: number, nameCol: number, columns: readonly Column[]): boolean {
  if (above !== r - 1 || grid.merge(r, nameCol) || grid.merge(above, nameCol)) return false;
  const text = grid.text(r, nameCol).trim();
  if (!text || text.length > 30 || /^[\d(（①-⑳■□●○◆◇・※【〔[]/.test(text)) return false;
  if (columns.some((c) => c.col !== nameCol && grid.text(r, c.col).trim() !== '')) return false;
  const idCol = columns.find((c) => c.role === 'id')?.col;
  const numbered = idCol !== undefined && idCol !== nameCol && grid.text(above, idCol).trim() !== '';
  return numbered || UNFINISHED.test(grid.text(above, nameCol).trim());
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
