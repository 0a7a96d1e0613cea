/**
 * A survey round named by its year as a column heading, 「令和５年度調査」「R5調査結果」「2023年調査」: the figures measured in that
 * round, that year's actual. Only a heading made of the year and 調査 (結果) alone: a year in brackets after a figure
 * (「18.2（H30調査）」, the year a baseline was surveyed), another survey's name (「令和2年国勢調査」) or 前回 / 次回 (a round
 * other than this one) is none.
 */
import type { Label } from './labels';
import { findPeriod } from './periods';
import { memo, normalizeText } from './text';

/** What is left of the heading once its year is taken out: 調査, 調査結果, 調査値 (年度 / の between them aside). */
const ROUND = /^(年度)?の?調査(結果|値)?$/;

export const surveyRound = memo((text: string): Label | null => {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t.includes('調査') || /[()（）\n]/.test(t) || t.length > 16) return null;
  const p = findPeriod(t);
  if (!p || p.index !== 0) return null;
  return ROUND.test(t.slice(p.index + p.length)) ? { role: 'actual', period: p.period } : null;
});

/**
 * A column's label from its headings, top first, when the lowest is a survey round under another measure's heading:
 * 基準値 over 「令和元年度調査」, 目標値 over 「令和９年度調査」 are that measure in that round, not the round's actual (the
 * band's role kept, the round's year its period). Null when the lowest labelled heading is no survey round or nothing over
 * it names another measure.
 */
export function roundUnderMeasure(labelled: { text: string; label?: Label | null }[]): Label | null {
  const last = labelled[labelled.length - 1];
  const round = last && surveyRound(last.text);
  if (!round) return null;
  const over = labelled
    .slice(0, -1)
    .map((h) => h.label)
    .reverse()
    .find((l) => l && l.role !== 'actual');
  return over && (over.role === 'baseline' || over.role === 'target' || over.role === 'expected') ? { ...over, period: round.period } : null;
}
