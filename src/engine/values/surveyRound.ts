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
