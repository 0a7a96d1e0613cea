/**
 * The measure headings of a 量の見込みと確保方策 table (a 子ども・子育て支援事業計画 and plans built like it: each 事業 planned
 * by the demand it expects and the supply that answers it, year by year):
 *   ①量の見込み | ②確保方策 | ③利用実績 | ④確保実績 | ④－② | 評価
 * Their roles, as such a plan is evaluated (its 評価 is ④確保実績 over ②確保方策, the ④－② column their gap):
 * - 確保方策 / 確保の方策 / 確保の内容 (the supply planned for the year): that year's plan, 'expected' as 計画値 is — the figure the
 *   actual is measured against, the indicator's target.
 * - 確保実績 (the supply achieved, as 確保の実績 is: labels.ts resultOf): the actual.
 * - 量の見込み (the demand estimated) and 利用実績 (the use that answered it) are figures beside the plan: neither the target nor
 *   the actual. They are given no role and stay unread, the estimate never taken for a target.
 */
import type { Period } from './periods';

const SUPPLY_PLAN = /^確保の?方策(?:量|数)?$|^確保の内容$/;
const SUPPLY_RESULT = /^確保実績(?:値|量|数)?$/;

/** The role a supply heading's words (compact, brackets and period taken out) name, else null. */
export function supplyPlanHeading(words: string, period: Period | undefined): { role: 'expected' | 'actual'; period?: Period } | null {
  const role = SUPPLY_PLAN.test(words) ? 'expected' : SUPPLY_RESULT.test(words) ? 'actual' : null;
  if (!role) return null;
  return period ? { role, period } : { role };
}
