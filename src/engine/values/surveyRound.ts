/**
 * A survey round named by its year as a column heading, 「令和５年度調査」「R5調査結果」「2023年調査」: the figures measured in that
 * round, that year's actual. Only a heading made of the year and 調査 (結果) alone: a year in brackets after a figure
 * (「18.2（H30調査）」, the year a baseline was surveyed), another survey's name (「令和2年国勢調査」) or 前回 / 次回 (a round
 * other than this one) is none.
 */
import type { Label } from './labels';
import { findPeriod } from './periods';
import { memo, normalizeText } from './text';
import { thisSurveyRound } from './surveyRoundRelative';

/** What is left of the heading once its year is taken out: 調査, 調査結果, 調査値 (年度 / の between them aside). */
const ROUND = /^(年度)?の?調査(結果|値)?$/;

export const surveyRound = memo((text: string): Label | null => {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t.includes('調査') || t.length > 20) return null;
  // 「今回調査（R6）」: this round dated by its bracket (surveyRoundRelative.ts); 前回調査（R4） none.
  if (/[()（）]/.test(t)) return thisSurveyRound(t);
  if (t.length > 16) return null;
  const p = findPeriod(t);
  if (!p || p.index !== 0) return null;
  return ROUND.test(t.slice(p.index + p.length)) ? { role: 'actual', period: p.period } : null;
});

/**
 * A column's label from its headings, top first, when the lowest is a survey round right under another measure's heading:
 * 基準値 over 「令和元年度調査」, 目標値 over 「令和９年度調査」 are that measure in that round, not the round's actual (the
 * measure's role kept, the round's year its period). Only the heading right over the round, and only when it heads no
 * other measure beside it (`headsOthers`): 数値目標 over 基準値（R1） | 令和５年度調査 | 目標値（R9） is a band over several
 * measures, under which the round is the actual (rv58). Null otherwise.
 */
export function roundUnderMeasure<H extends { text: string; label?: Label | null }>(labelled: H[], headsOthers: (over: H) => boolean): Label | null {
  const last = labelled[labelled.length - 1];
  const round = last && surveyRound(last.text);
  const over = labelled[labelled.length - 2];
  if (!round || !over?.label || !['baseline', 'target', 'expected'].includes(over.label.role) || headsOthers(over)) return null;
  return { ...over.label, period: round.period };
}
