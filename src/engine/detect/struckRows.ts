/**
 * A row the author crossed out with a strike-through font (取り消し線): its name cell and every figure it holds as a target
 * or an actual are struck through (SheetSnapshot.struck). Such a row is no indicator (deletedRows.ts drops it), said by an
 * info naming the sheet's note about the strike (「※取消線のKPIは、…削除したもの（評価対象外）。」) where there is one,
 * else the name cell. A name alone struck (its figures not), or a figure alone, is a correction, not a crossed-out row.
 */
import { a1 } from '../model/address';
import type { SheetSnapshot } from '../model/port';
import { oneLine } from '../values/text';
import type { RawIndicator } from './types';

/** A note speaking of the strike-through: 取消線 / 取り消し線 / 見え消し. */
const STRIKE_WORDS = /(取り?消し?線|見え消し)/;
/** A note is a sentence or two, not a page. */
const MAX_NOTE = 120;

/** Whether the row's name cell and each of its filled target and actual cells are struck through. */
export function isStruckRow(ind: RawIndicator, struck: ReadonlySet<string>): boolean {
  if (!struck.has(ind.nameCell)) return false;
  const filled = [...ind.targets, ...ind.actuals].filter((p) => p.parsed.status !== 'missing');
  return filled.every((p) => struck.has(p.cell));
}

/** The sheet's note about the strike-through (its cell and text), or null: read once, only on a sheet with struck rows. */
export function strikeNote(snapshot: SheetSnapshot): { cell: string; text: string } | null {
  for (let r = 0; r < snapshot.values.length; r++) {
    const row = snapshot.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length <= MAX_NOTE && STRIKE_WORDS.test(v)) return { cell: a1(snapshot.top + r, snapshot.left + c), text: oneLine(v) };
    }
  }
  return null;
}
