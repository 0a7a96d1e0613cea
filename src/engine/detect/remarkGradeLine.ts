/**
 * A form's 評価 line holding a sentence (評価・分析 | 「新規路線の開設により人口カバー率が向上した。」): the department's
 * written analysis, no grade cell. Reading it as one gave a rating-invalid warning per indicator, and a grade written over
 * the analysis under --overwrite. A line opening with a grade mark (「B：目標に届かなかった。」「◎ 順調に推移した。」) is
 * still the grade, its sentence the reason; so does one opening with a word of the grade scale (「概ね順調である。」「順調に推移した。」
 * 「やや遅れている。」: review rv65, the written B was lost in silence). A leading letter needs a mark after it (「A：」「B 」「C（」),
 * so 「A地区での新路線開設により…。」 is a sentence.
 */
import { isSentence } from './sentenceRows';

/** A grade letter or mark opening the text: the grade, whatever follows it. */
const GRADE_FIRST =
  /^(?:[A-EＡ-ＥSＳa-eａ-ｅ](?=$|[\s　:：（(、。,.\-－]|\p{Script=Han}*(?:評価|判定))|[◎〇○△▲×✕]|概ね順調|おおむね順調|順調|やや遅れ|遅れ|達成|未達成|概ね達成|おおむね達成)/u;

/** Whether a grade line's value is a written analysis (a sentence opening with no grade), no grade cell. */
export function isAnalysisNotGrade(text: string): boolean {
  const t = text.trim();
  return isSentence(t) && !GRADE_FIRST.test(t);
}
