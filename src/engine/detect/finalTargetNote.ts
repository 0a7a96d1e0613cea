/**
 * A note on the sheet saying how a period without a target of its own is judged: 「※計画値が「－」の年度は、
 * 目標値（Ｒ７）により評価する。」「目標値が未設定の年度は最終目標値で評価します」. A period's own target cell
 * written 「－」 otherwise means no target for that period (grading/choosePoints.ts: never a later
 * target silently in its place); with such a note the sheet itself says to use the final target, and
 * grading does so and says it did (a `target-from-final` finding naming this note's cell).
 * The note speaks of every indicator of its sheet; it names none of them. What it speaks of may be a period
 * (年度 / 期) or the indicators themselves (「中間目標を定めていない指標は最終目標と比較した」): either way, no
 * target of its own → another target it is judged or compared against.
 */
import { a1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The period's own target written as a dash in brackets (「－」), or said to be blank or unset. */
const NO_OWN = String.raw`(「\s*-+\s*」|空欄|未設定|(設定|設け|定め)(され|し|られ)?て?(い)?ない|(設定|定め)(の|が)ない|設定なし|記載(が|の)?ない)`;

/** Judged (評価 / 判定 / 算出 / 比較) with or against a target: 「…により評価」「…で判定」「…と比較」「…と比較した」「…に照らして」. */
const JUDGED = String.raw`((により|によって|で|を用いて|に基づ[きい]|と比較|と比べ|をもとに|を基に)[^。]{0,10}?(評価|判定|算出|比較)|(と|に)(比較|比べ|対比|照ら))`;

/** What has no target of its own: a period, or the indicator (指標 / 項目 / もの / 場合). */
const SUBJECT = '(年度|年|期|指標|項目|もの|場合)';

/** A period or indicator without its own target (NO_OWN … 年度 / 指標), then a target (目標) it is judged by, in one sentence. */
const NOTE = new RegExp(`${NO_OWN}[^。]{0,20}?${SUBJECT}[^。]{0,20}?目標[^。]{0,30}?${JUDGED}`);

/** A note about another year's target (前年度の目標で評価) says nothing of the final target. */
const OTHER_YEAR = /前年|前期|昨年/;

/** The note's cell and text, or undefined when the sheet has none. */
export function finalTargetNote(grid: Grid): { cell: string; text: string } | undefined {
  let found: { cell: string; text: string } | undefined;
  grid.forEachValue((r, c, v) => {
    // 目標 is tested first: it rules out nearly every cell.
    if (found || typeof v !== 'string' || v.length > 200 || !v.includes('目標')) return;
    const t = normalizeText(v).replace(/\s+/g, '');
    if (NOTE.test(t) && !OTHER_YEAR.test(t)) found = { cell: a1(r, c), text: v.trim() };
  });
  return found;
}

/** Marks every indicator of the sheet with the sheet's note, when it has one. */
export function applyFinalTargetNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const note = finalTargetNote(grid);
  if (note) for (const ind of indicators) ind.finalTargetNote = note;
}
