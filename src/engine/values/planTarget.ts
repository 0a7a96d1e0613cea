/**
 * A target heading naming the plan it comes from: 「経営戦略の目標値（R5）」「総合計画の目標値」「まちづくりビジョンの数値目標」
 * 「計画目標」. The city's own plan sets the indicator's target, so the heading is a target's as 目標値 is. Another body's plan
 * (国の計画, 県計画) or an earlier one (前期計画, 旧計画) is a figure to compare with, no target: those stay unread. An earlier plan's
 * target dated with its year, 「前計画の目標値（令和7年度）」, is the target that plan set for that year (its last year, evaluated in
 * the year the new plan starts): a target of that year, as any dated target is; the new plan's targets are of later years.
 */
import type { Period } from './periods';

const PLAN_TARGET =
  /^(?!国|県|都|府|道|全国)(?:(?!の)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]){0,10}(?:計画|戦略|ビジョン|構想|プラン)の?(?:目標値?|数値目標|目標数値)$/u;

/** The target label of a plan's target heading (its words compact, brackets and period taken out), else null. */
/** An earlier plan: 前期計画, 前計画, 旧計画, 前回計画. */
const EARLIER = /^(前|旧)/;

export function planTarget(words: string, period: Period | undefined): { role: 'target'; period?: Period } | null {
  if (!PLAN_TARGET.test(words) || (EARLIER.test(words) && !period)) return null;
  return period ? { role: 'target', period } : { role: 'target' };
}
