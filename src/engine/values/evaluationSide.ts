/**
 * A heading naming one year's evaluation as this year's or last year's, with or without its year:
 * 「今年度評価（令和５年度）」「前年度評価（令和４年度）」「令和５年度の評価（今年度）」「本年度の自己評価」. A sheet may
 * show two such evaluations side by side (each over 目標 | 実績 | 評価, or over one rating cell): the this-year one is
 * the evaluation the sheet is for, the last-year one is a record of the year before (detect/evaluationSides.ts,
 * detect/ratingYearHeadings.ts).
 */
import { findPeriod, type Period } from './periods';
import { findRelativePeriod } from './relativePeriods';
import { memo, normalizeText } from './text';

export interface EvaluationSide {
  /** 0 this year (今年度 / 本年度 / 当年度), −1 last year (前年度 / 昨年度). */
  offset: 0 | -1;
  /** The year written beside the words, if any. */
  period?: Period;
}

/** What is left of the heading once its relative word and its year are taken out: an evaluation word. */
const EVALUATION = /^の?(?:自己)?(?:評価|評価結果|達成状況|達成度)$/;

function read(text: string): EvaluationSide | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (t.length > 24) return null;
  const rel = findRelativePeriod(t);
  if (!rel || (rel.offset !== 0 && rel.offset !== -1)) return null;
  let rest = t.slice(0, rel.index) + t.slice(rel.index + rel.length);
  const p = findPeriod(rest);
  if (p) rest = rest.slice(0, p.index) + rest.slice(p.index + p.length);
  rest = rest.replace(/[()（）【】[\]:：]/g, '');
  if (!EVALUATION.test(rest)) return null;
  return p ? { offset: rel.offset, period: p.period } : { offset: rel.offset };
}

/** The evaluation side a heading names, or null when it names none. */
export const evaluationSide = memo(read);
