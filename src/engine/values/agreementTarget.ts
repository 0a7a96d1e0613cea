/**
 * A target heading naming the agreement the city concluded with the body it evaluates (a 指定管理者's 基本協定 / 年度協定, a
 * 協定書): 「協定目標（基本協定書）」「協定上の目標」「協定書の目標値」「年度協定の数値目標」. The target the city agreed is the one it
 * grades against, as 目標値 is. The body's own target beside it (自主目標, 事業計画書の目標) is no agreement's and stays unread.
 */
import type { Period } from './periods';

const AGREEMENT_TARGET = /^(?:基本|年度|管理)?協定(?:書)?(?:上|で)?の?(?:目標値?|数値目標|目標数値)$/;

/** The target label of an agreement's target heading (its words compact, brackets and period taken out), else null. */
export function agreementTarget(words: string, period: Period | undefined): { role: 'target'; period?: Period } | null {
  if (!AGREEMENT_TARGET.test(words)) return null;
  return period ? { role: 'target', period } : { role: 'target' };
}
