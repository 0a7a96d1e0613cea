/**
 * A row the author struck out is no indicator: its name is marked deleted (「（削除）商店街イベント支援事業」「【削除】…」), or
 * the name cell carries a note saying the row was deleted or the indicator abolished (a struck-through row with the note
 * 「R5年度から指標廃止。評価の対象外。」). A note of a plan (廃止予定, 削除を検討) deletes nothing; an indicator marked
 * 「（廃止）」 in its own name stays, reported as discontinued (grading/discontinued.ts). A row a note took out is returned,
 * for the check to name its cell (indicator-discontinued): no row leaves the reading unsaid. A row crossed out with a
 * strike-through font, its name and figures (struckRows.ts), is struck out too, said with the sheet's note about the strike.
 */
import type { SheetSnapshot } from '../model/port';
import { normalizeText, oneLine } from '../values/text';
import type { DeletedRow, RawIndicator } from './types';
import { isStruckRow, strikeNote } from './struckRows';

/** A 削除 mark in the name: （削除）【削除】[削除済]. */
const NAME_MARK = /[（(【[〔]\s*削除(?:済み?)?\s*[)）】\]〕]/;
/**
 * A note whose first sentence, bracketed remarks aside, says THIS row or indicator was deleted or abolished and nothing
 * else: 「削除」「（削除）」「この指標は削除」「本指標は廃止」「R5で廃止」「R5年度から指標廃止（…）。評価の対象外。」. A note
 * where 削除 / 廃止 has another object (「重複分は削除して再集計」「旧指標廃止に伴い設定」「旧称の「延べ」を削除」) is about
 * the figures or another indicator: the row stays.
 */
const NOTE_SAYS = new RegExp(
  '^(?:(?:令和|平成|[RH])(?:\\d{1,2}|元)(?:年度|年)?|\\d{4}(?:年度|年))?(?:で|に|から|より|をもって|限りで|末で|末に|末をもって)?' +
    '(?:(?:この|本|当該)?(?:指標|行|項目|欄))?(?:は|を|が)?' +
    '(?:削除|廃止)(?:済み?|した|しました|された|されました|となった|となりました|とした)?$',
);
/** A plan, not a deed. */
const PLAN = /(予定|検討|見込|見通し|する方向|したい)/;

/** Whether the row was struck out: its name marked deleted, or its name cell's note saying so. */
export function isDeletedRow(ind: RawIndicator, notes: Record<string, string> | undefined): boolean {
  if (NAME_MARK.test(normalizeText(ind.name))) return true;
  const note = notes?.[ind.nameCell];
  if (!note) return false;
  const t = normalizeText(note).replace(/\s+/g, '');
  return !PLAN.test(t) && NOTE_SAYS.test(firstSentence(t));
}

/** The note's first sentence without its bracketed remarks; a note wholly in brackets (「（削除）」) is its inside. */
function firstSentence(t: string): string {
  const inside = /^[(【[〔](.*)[)】\]〕]$/.exec(t)?.[1] ?? t;
  return inside.replace(/[(【[〔][^()【】[\]〔〕]*[)】\]〕]/g, '').split(/[。．.]/)[0];
}

/**
 * Takes the struck-out rows out of the sheet's indicators (in place). Returns those a note took out, for the check to
 * say so (a name marked （削除） shows on the sheet itself; a note is easily missed).
 */
export function dropDeletedRows(snapshot: SheetSnapshot, indicators: RawIndicator[]): DeletedRow[] {
  const byNote: DeletedRow[] = [];
  const struck = snapshot.struck?.length ? new Set(snapshot.struck) : null;
  let note: { cell: string; text: string } | null | undefined;
  for (let i = indicators.length - 1; i >= 0; i--) {
    const ind = indicators[i];
    if (struck && isStruckRow(ind, struck)) {
      note ??= strikeNote(snapshot);
      byNote.unshift({ cell: note?.cell ?? ind.nameCell, text: note?.text ?? '取り消し線', name: ind.name });
      indicators.splice(i, 1);
      continue;
    }
    if (!isDeletedRow(ind, snapshot.notes)) continue;
    if (!NAME_MARK.test(normalizeText(ind.name))) byNote.unshift({ cell: ind.nameCell, text: oneLine(snapshot.notes?.[ind.nameCell] ?? ''), name: ind.name });
    indicators.splice(i, 1);
  }
  return byNote;
}
