/**
 * The other way a sheet says how a period without a target of its own is judged: it names one target the plan's final
 * target (「※令和7年3月末の目標値は計画期間（令和2年度～令和6年度）の最終目標。」) and says a 「－」 target is a year with none
 * set (「「－」は目標を設定していない年次。」). The one target standing for such a year is then the plan's final one: the period's
 * 「－」 is judged against it, as with a note saying so in words (finalTargetNote.ts; graded and said, a `target-from-final`
 * finding). Both statements are needed: a 「－」 explained alone (「※「－」は目標値を設定していない年度。」) stays no target, and a
 * final target named alone says nothing of the 「－」 years.
 */
import { normalizeText } from '../values/text';
import type { TextCell } from './sheetTexts';

/** A target named the plan's last: 「R7の目標値は…最終目標」「目標値は計画最終年度の目標」「…の計画値は目標年次の値」. */
const NAMED_FINAL = /(目標値?|計画値)は[^。]{0,40}?(最終(年度)?の?目標|目標年次)/;

/** Someone else's final target (国の最終目標) or a denial after it (「…最終目標ではない」). */
const NOT_OURS = /(国|県|都|道|府)の?(計画の)?最終|最終(年度)?の?目標(値)?(ではない|でない|とはしない)/;

/** A dash said to be a period or an indicator with no target set: 「「－」は目標を設定していない年次」「「-」は目標値を定めていない年度」. */
const DASH_UNSET =
  /「\s*-+\s*」[^。]{0,6}?(目標|計画値)[^。、]{0,4}?((設定|設け|定め)(され|し|られ)?て?(い)?ない|(設定|定め)(の|が)?ない|設定なし|未設定)[^。]{0,4}?(年度|年次|年|期|時点|指標|項目|もの)/;

/** A judging denied in the dash's sentence (「…年度で、評価しない」「…は評価の対象外」). */
const DENIED = /(評価|判定|比較|算出)[^。]{0,8}?(ない|せず|しない)|対象外|行わない|行わず/;

const sentences = (text: string) => normalizeText(text).replace(/\s+/g, '').split('。');

/** Whether one of the text's sentences names the plan's final target. */
function namesFinal(text: string): boolean {
  return sentences(text).some((s) => NAMED_FINAL.test(s) && !NOT_OURS.test(s));
}

/** Whether one of the text's sentences says a 「－」 is a period without a target set, the judging not denied. */
function dashUnset(text: string): boolean {
  return sentences(text).some((s) => DASH_UNSET.test(s) && !DENIED.test(s));
}

/** The cell naming the final target, when the sheet's notes (one cell or two) also say a 「－」 sets no target. */
export function namedFinalTarget(cells: readonly TextCell[]): TextCell | undefined {
  const notes = cells.filter((c) => c.text.length <= 200 && c.text.includes('目標'));
  const named = notes.find((c) => namesFinal(c.text));
  return named && notes.some((c) => dashUnset(c.text)) ? named : undefined;
}
