/**
 * The date a remark says its figure stands at: 「速報値（令和6年5月時点）」「R6.5.31現在の速報値」. It dates when the figure was
 * taken, not which year the figure is of: a 令和5年度 actual counted up to 令和6年5月 is still that year's figure. So the
 * as-of date is no year the remark names; only a date before the figure's year begins says the remark is of another figure.
 * So too the date the remark says the figure is made final (「速報値（法定報告値は令和６年11月確定）」): the early
 * figure stands until then.
 */
import { compactForPeriod, findPeriod, type Period } from './periods';

/** After the date: its day or 末 (already part of some matches), then 時点 / 現在, or 確定 right after it (not 確定予定). */
const AS_OF_TAIL = /^(?:末日?|\d{1,2}日?)?(?:時点|現在|確定(?!予定|見込))/;

/** The remark's as-of date (a month, perhaps with its day) and the remark without it, or null when it states none. */
export function remarkAsOf(text: string): { date: Period; rest: string } | null {
  const t = compactForPeriod(text);
  const m = findPeriod(t);
  if (!m || m.period.kind !== 'month') return null;
  const end = m.index + m.length;
  const tail = AS_OF_TAIL.exec(t.slice(end));
  if (!tail) return null;
  return { date: m.period, rest: t.slice(0, m.index) + t.slice(end + tail[0].length) };
}

/** Whether an as-of date can date a figure of the fiscal year: the date falls in that year or after it (never before). */
export function datesFigureOf(date: Period, fiscalYear: number): boolean {
  return date.fiscalYear >= fiscalYear;
}
