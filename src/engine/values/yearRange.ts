/**
 * Whether a year is the start of a range running on to another fiscal year: 「令和3年度～令和7年度」, 「令和３年度から７年度まで」,
 * 「R3～R7」 (a plan's term, no one year); a range within one fiscal year 「令和5年4月1日～令和6年3月31日」 is not.
 */
import { compactForPeriod, findPeriod, type Period } from './periods';

/** 「～令和7年度」「から7年度」 right after a year. */
const RANGE_ON = /^\s*(?:[～〜~\-－–—]|から)\s*/;

/** Whether the text right after a year of fiscal year `fiscalYear` runs it on to another fiscal year (「～令和7年度」). */
export function runsOnToAnotherYear(after: string, fiscalYear: number): boolean {
  const on = RANGE_ON.exec(after);
  if (!on) return false;
  const rest = after.slice(on[0].length);
  const q = findPeriod(rest.slice(0, 16));
  if (q && q.index === 0) return q.period.fiscalYear !== fiscalYear;
  // 「令和3年度～7年度」: the era left out of the second year is still another year.
  return /^\d{1,4}\s*年/.test(rest);
}

/**
 * The first year a text names that is no bound of a term: in 「産業振興計画（令和４年度〜令和７年度）　指標と目標値」 both years
 * bound the plan's term and neither is the document's year; in 「令和５年度 施策評価（計画期間 R3～R7）」 it is 令和５年度.
 */
export function yearOutsideTerms(text: string): Period | null {
  const t = compactForPeriod(text);
  let skip = false;
  for (let from = 0; from < t.length;) {
    const p = findPeriod(t.slice(from));
    if (!p) return null;
    const end = from + p.index + p.length;
    const bound = skip || runsOnToAnotherYear(t.slice(end), p.period.fiscalYear);
    if (!bound) return p.period;
    // The year after 「～」 is the term's other bound.
    skip = !skip;
    from = end;
  }
  return null;
}
