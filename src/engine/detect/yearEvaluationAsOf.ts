/**
 * A statement naming the evaluated year and the date its figures stand at, 「（令和5年度評価：令和6年3月末時点）」
 * 「令和5年度の評価：R6.3.31現在」, or the two set apart by a space alone, 「（令和４年度評価　令和５年３月末現在）」, or the date
 * first, 「（令和２年３月末現在：令和元年度の評価）」: the year the
 * label names is the sheet's period when the date is one closing that very year (a 3月 date, or its 年度末); a date in another
 * year or month (「令和6年度評価：令和6年3月末時点」, 「…9月末時点」) leaves the period unstated, as 「令和6年度評価」 alone may be
 * the evaluation held in 令和6年度 of the year before's figures.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import { asOfPeriod } from './periodStatements';

/** 「<year>（の）評価：<date>時点 / 現在」, alone or in brackets. */
const YEAR_EVALUATION_AS_OF =
  /^[(（[［【]?\s*([^\s:：()（）[\]［］【】]{2,12}?)\s*の?評価\s*[:：]\s*([^()（）[\]［］【】]{3,24}?(?:現在|時点))\s*[)）\]］】]?$/;

/**
 * 「<year>評価　<date>現在」: the label and the date apart by white space instead of a colon (read before the line is compacted, as
 * compacting takes the space away). The year is written without spaces, right before 評価.
 */
const YEAR_EVALUATION_SPACED =
  /^[(（[［【]?\s*([^\s:：()（）[\]［］【】]{2,12}?)の?評価\s+([^\s:：()（）[\]［］【】][^:：()（）[\]［］【】]{2,23}?(?:現在|時点))\s*[)）\]］】]?$/;

/** The date first, then the year's evaluation: 「（令和２年３月末現在：令和元年度の評価）」「R6.3.31時点：令和5年度評価」. */
const AS_OF_YEAR_EVALUATION =
  /^[(（[［【]?\s*([^:：()（）[\]［］【】]{3,24}?(?:現在|時点))\s*[:：]\s*([^\s:：()（）[\]［］【】]{2,12}?)\s*の?評価\s*[)）\]］】]?$/;

/** The year's words and the date's words of such a statement, in either order, else null. */
function yearAndDate(text: string): [string, string] | null {
  const t = compactForPeriod(text).trim();
  if (t.length > 60) return null;
  const m = YEAR_EVALUATION_AS_OF.exec(t) ?? YEAR_EVALUATION_SPACED.exec(normalizeText(text).trim());
  if (m) return [m[1], m[2]];
  const r = AS_OF_YEAR_EVALUATION.exec(t);
  return r ? [r[2], r[1]] : null;
}

/** The period such a statement states (the as-of date, as written), else null. */
export function yearEvaluationAsOf(text: string): Period | null {
  const m = yearAndDate(text);
  if (!m) return null;
  const year = findPeriod(m[0]);
  if (!year || year.index !== 0 || year.length !== m[0].length || year.period.kind !== 'fiscal') return null;
  const date = asOfPeriod(m[1]);
  return date && date.fiscalYear === year.period.fiscalYear ? date : null;
}
