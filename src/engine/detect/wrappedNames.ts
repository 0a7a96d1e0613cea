/**
 * A name written over two cells, one below the other, beside cells merged over both rows: 「地域包括支援センターの」
 * on the indicator's row and 「総合相談件数」 under it, the ID, unit and figures merged down over the two. The row
 * below is no indicator of its own: every other cell of the table on it belongs to the merge above, so its name
 * cell goes on with the name above.
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { cleanName } from './names';
import { writtenUnit } from '../values/units';
import { a1 } from '../model/address';
import type { RawIndicator } from './types';
import { hasDigit } from '../values/text';

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

/** A total word alone: 「合計」「合　計」「計」「小計」「総計」. */
const TOTAL_LINE = /^(計|合計|小計|総計)$/;

/** A name that cannot end where it stops: it ends in a joining word or mark (「…新規高卒者の」「…及び」「…・」). */
const UNFINISHED = /(の|と|や|及び|並びに|又は|または|における|に関する|・|、|，)$/;

/**
 * Whether row `r`, right under the indicator on row `above`, holds only the next line of its name (as PDF conversions
 * wrap a long name onto its own row, or a clerk writes it over two rows): a short text, no cell of its own in the table's
 * other columns (a merge from above is no cell of its own; the unit column may hold the unit the row above lacks), and
 * some sign that the name goes on: the name above visibly unfinished, the table's id column numbering the row above but
 * not this one, a cell merged over just the two rows, or the unit written here for the figures above.
 */
export function nameLineBelow(grid: Grid, r: number, above: number, nameCol: number, columns: readonly Column[]): boolean {
  if (above !== r - 1 || grid.merge(r, nameCol) || grid.merge(above, nameCol)) return false;
  const text = grid.text(r, nameCol).trim();
  if (!text || text.length > 30 || /^[\d(（①-⑳■□●○◆◇・※【〔[]/.test(text)) return false;
  // 「合計」 under the last 事業: the table's total line (its 予算 | 決算 summed), no next line of a name.
  if (TOTAL_LINE.test(text.replace(/[\s　]/g, ''))) return false;
  const unitCol = columns.find((c) => c.role === 'unit' && c.col !== nameCol)?.col;
  let mergedDown = false;
  for (const c of columns) {
    if (c.col === nameCol || c.col === unitCol || grid.text(r, c.col).trim() === '') continue;
    const m = grid.merge(r, c.col);
    if (!m || m.top >= r) return false; // a cell of its own
    if (m.top === above && m.bottom === r) mergedDown = true; // merged over these two rows only, not a group's span
  }
  const unitMoved = unitCol !== undefined && unitBelow(grid, r, above, unitCol) !== null;
  if (unitCol !== undefined && grid.text(r, unitCol).trim() !== '' && !unitMoved && grid.merge(r, unitCol)?.top !== above) return false;
  const idCol = columns.find((c) => c.role === 'id')?.col;
  const numbered = idCol !== undefined && idCol !== nameCol && grid.text(above, idCol).trim() !== '';
  const figuresAbove = columns.some((c) => c.col !== nameCol && c.col !== unitCol && c.col !== idCol && hasDigit(grid.text(above, c.col)));
  return numbered || mergedDown || (unitMoved && figuresAbove) || UNFINISHED.test(grid.text(above, nameCol).trim());
}

/**
 * The unit written in row `r`'s own unit cell while the row above, whose name goes on in `r`, has none (「村民の割合 | ％」
 * under 「地域の行事や活動に参加している | | 62.0 | 70」): the unit of the row above; else null. A unit is short and no figure.
 */
export function unitBelow(grid: Grid, r: number, above: number, unitCol: number): string | null {
  if (grid.merge(r, unitCol) || grid.text(above, unitCol).trim() !== '') return null;
  const t = grid.text(r, unitCol).trim();
  return t && t.length <= 8 && !/^[-+－＋]?[0-9０-９.,，．]+$/.test(t) ? t : null;
}

/** The indicator's name with the next line of it, written in the cell below, read again as one name. */
export function joinNameLine(grid: Grid, ind: RawIndicator, r: number, nameCol: number, rawAbove: string, unitCol?: number): string {
  const raw = `${rawAbove}\n${grid.fullText(r, nameCol)}`;
  const clean = cleanName(raw);
  ind.name = clean.name;
  // The unit written on the name's second line, its own cell there, for the figures above (nameLineBelow).
  const unit = unitCol !== undefined && unitCol !== nameCol && !ind.unitCell ? unitBelow(grid, r, ind.row, unitCol) : null;
  if (unit) [ind.unit, ind.unitCell] = [writtenUnit(unit), a1(r, unitCol!)];
  if (clean.unit && !ind.unit) ind.unit = clean.unit;
  if (clean.id && !ind.id) ind.id = clean.id;
  ind.wordsForDirection = `${ind.wordsForDirection} ${grid.text(r, nameCol)}`;
  return raw;
}
