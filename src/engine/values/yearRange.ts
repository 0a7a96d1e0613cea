/**
 * Whether a year is the start of a range running on to another fiscal year: 「令和3年度～令和7年度」, 「令和３年度から７年度まで」,
 * 「R3～R7」 (a plan's term, no one year); a range within one fiscal year 「令和5年4月1日～令和6年3月31日」 is not.
 */
import { findPeriod } from './periods';

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
