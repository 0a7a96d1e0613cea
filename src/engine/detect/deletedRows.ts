/**
 * A row the author struck out is no indicator: its name is marked deleted (「（削除）商店街イベント支援事業」「【削除】…」), or
 * the name cell carries a note saying the row was deleted or the indicator abolished (a struck-through row with the note
 * 「R5年度から指標廃止。評価の対象外。」). A note of a plan (廃止予定, 削除を検討) deletes nothing; an indicator marked
 * 「（廃止）」 in its own name stays, reported as discontinued (grading/discontinued.ts).
 */
import type { SheetSnapshot } from '../model/port';
import { normalizeText } from '../values/text';
import type { RawIndicator } from './types';

/** A 削除 mark in the name: （削除）【削除】[削除済]. */
const NAME_MARK = /[（(【[〔]\s*削除(?:済み?)?\s*[)）】\]〕]/;
/** A note saying the row is deleted or the indicator abolished; 「旧称の「延べ」を削除」 deletes a word, not the row. */
const NOTE_SAYS =
  /((?<!を)削除|(?:指標|行|項目)を削除|指標(?:を|は|が)?廃止|廃止(?:した|しました|済み?|された|されました|となった|となりました)?(?:[。．.、,（(]|$))/;
/** A plan, not a deed. */
const PLAN = /(予定|検討|見込|見通し|する方向|したい)/;

/** Whether the row was struck out: its name marked deleted, or its name cell's note saying so. */
export function isDeletedRow(ind: RawIndicator, notes: Record<string, string> | undefined): boolean {
  if (NAME_MARK.test(normalizeText(ind.name))) return true;
  const note = notes?.[ind.nameCell];
  if (!note) return false;
  const t = normalizeText(note).replace(/\s+/g, '');
  return NOTE_SAYS.test(t) && !PLAN.test(t);
}

/** Takes the struck-out rows out of the sheet's indicators (in place). */
export function dropDeletedRows(snapshot: SheetSnapshot, indicators: RawIndicator[]): void {
  for (let i = indicators.length - 1; i >= 0; i--) if (isDeletedRow(indicators[i], snapshot.notes)) indicators.splice(i, 1);
}
