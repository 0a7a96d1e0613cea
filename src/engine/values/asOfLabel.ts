/**
 * The words before an as-of label (評価基準日, 集計時点, データ時点 …): whether they date the figures the sheet evaluates.
 * Only a label with no such words (時点, 現在, 基準日) or one naming the tally or the evaluation (評価 / 集計 / 実績 /
 * データ / 数値, a 総合戦略's KPI 検証時点, 進捗の時点) does; a label dating something else — the baseline (基準値時点), the plan (計画策定時点), the present state
 * (現状値時点), the first figures (当初時点) — says nothing of the year evaluated, whatever its date.
 */

/** Words that say the date is the one of the figures evaluated. */
const TALLY = /評価|集計|実績|データ|数値|検証|進捗/;
/** Words that say the date is another one's: the baseline's, the plan's, the present state's, the first figures', another check's (前回検証時点, 次回, 開始). */
const OTHER = /基準値|策定|計画|現状|現況|当初|前回|次回|初回|開始|第\d+回/;

/** Whether the words before 時点 / 現在 / 基準日 (`prefix`, compact) let the label date the evaluated figures. */
export function datesEvaluatedFigures(prefix: string): boolean {
  return prefix === '' || (TALLY.test(prefix) && !OTHER.test(prefix));
}
