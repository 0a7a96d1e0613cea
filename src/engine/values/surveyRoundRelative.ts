/**
 * This survey round named with its year in brackets, 「今回調査（R6）」「今回調査結果（令和6年度）」: the figures measured in that round,
 * that year's actual, as 「令和６年度調査」 is (surveyRound.ts). The bracketed year dates the round. Never 前回 / 前々回 (a round
 * other than this one, read as none: surveyRound.test.ts), a round with no year (a bare 今回調査: a survey every other year may
 * not be the year evaluated) or a note beside the year (「（R6速報）」).
 */
import type { Label } from './labels';
import { findPeriod } from './periods';
import { normalizeText } from './text';

const ROUND = /^今回の?調査(?:結果|値)?[(（]([^()（）]+)[)）]$/;

export function thisSurveyRound(text: string): Label | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  const m = ROUND.exec(t);
  if (!m) return null;
  const p = findPeriod(m[1]);
  // The bracket is the year and nothing else (「（R6）」「（令和6年度）」), not a note beside one (「（R6速報）」).
  if (!p || p.index !== 0 || !/^(年度)?$/.test(m[1].slice(p.length))) return null;
  return { role: 'actual', period: p.period };
}
