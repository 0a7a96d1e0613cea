/**
 * A target heading naming the city as the body that set it: 「市の目標値（令和5年度）」「本市の目標」「町の数値目標」. The city's own
 * target is the indicator's target, as 目標値 is, as 本市の実績 is the actual (labels.ts resultOf). Another body's (国の目標値,
 * 県の目標, 全国の目標) is a figure to compare with, no target: those stay unread.
 */
import type { Period } from './periods';

const OWN_TARGET = /^[本当]?[市町村区]の?(?:目標値?|数値目標|目標数値)$/;

/** The target label of the city's own target heading (its words compact, brackets and period taken out), else null. */
export function ownTarget(words: string, period: Period | undefined): { role: 'target'; period?: Period } | null {
  if (!OWN_TARGET.test(words)) return null;
  return period ? { role: 'target', period } : { role: 'target' };
}
