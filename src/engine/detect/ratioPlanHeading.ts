/**
 * A heading of what is done and 計画 (「捕獲計画」「販売計画」「捕獲計画頭数」) on a header row that also divides the year's result
 * by it (計画比 / 対計画比 / 計画達成率) and heads that result (年度計, 実績): the plan the row's result is measured against, the
 * year's plan as 計画 is. Without that ratio the same words may name a plan document (「事業計画」「関連計画」「森林整備計画」, a
 * column of costs or of the plan an indicator belongs to), so the heading stays unread. Only one such heading on the row, left of the
 * ratio, and no target or plan heading of the row's own.
 * Review rv64: only in a year's record by months or quarters (4月 … 3月 | 年度計 | 捕獲計画 | 計画比), where the plan is the year's; a
 * 販売計画 beside a 実績 alone may be a plan's whole term (「第３次計画（R3～R7）」 in the title), so it stays unread. A bracket
 * naming a term or a total (「捕獲計画（5か年）」「（累計）」「（R3-R7計）」) is no year's plan, and a 区分 column in the row (鳥獣種 |
 * 区分 | 4月 …, rows of 捕獲頭数 and 被害額) names what each row counts: no plan is read there.
 */
import type { Label } from '../values/labels';
import { compact, normalizeText, stripNote } from '../values/text';

interface HeadingCell {
  col: number;
  text: string;
  label: Label | null;
  period: unknown;
}

/** 計画比 / 対計画比 / 計画達成率 / 計画に対する達成率: the year's result over its plan. */
const PLAN_RATIO = /^(対?計画比|計画(達成|進捗)率|計画に対する(達成|進捗)率)$/;

/** Two to four kanji of what is done and 計画, then at most a counted quantity (頭数, 数, 量, 件数). Not a plan of a body (市, 県). */
const ACTION_PLAN = /^(?!.*(年度|年間|期間|時期|内容|基本|関連|上位|個別|根拠|総合|実施|事業|行動))\p{Script=Han}{2,4}計画(頭数|件数|人数|数量|数|量)?$/u;

/** A bracket naming a term or a total: 5か年, 年間, 累計, 計, 期間, a range of years (R3～R7, R3-R7). */
const TERM_BRACKET = /[(（][^()（）]*(か年|ヵ年|カ年|ケ年|年間|累計|計|期間|[～〜~]|\d\s*[-－]\s*[RrＲ令]?\d)[^()（）]*[)）]/;

function words(text: string): string {
  return compact(normalizeText(stripNote(text)).replace(/[(（][^()（）]*[)）]/g, ''));
}

/** Labels the one action's 計画 heading of a row as the year's plan when a 計画比 and the result stand beside it. */
export function labelRatioPlan(cells: HeadingCell[]): void {
  if (!cells.some((c) => c.text.includes('計画'))) return;
  const ratio = cells.find((c) => PLAN_RATIO.test(words(c.text)));
  if (!ratio || !cells.some((c) => c.label?.role === 'actual') || !cells.some((c) => c.label?.role === 'part')) return;
  if (cells.some((c) => c.label?.role === 'target' || c.label?.role === 'expected' || c.label?.role === 'category')) return;
  const plans = cells.filter(
    (c) => c.col < ratio.col && !c.label && !c.period && ACTION_PLAN.test(words(c.text)) && !TERM_BRACKET.test(c.text.normalize('NFKC')),
  );
  if (plans.length === 1) plans[0].label = { role: 'expected' };
}
