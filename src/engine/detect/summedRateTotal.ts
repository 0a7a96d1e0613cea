/**
 * A rate row's total that adds its months up (稼働率 | ％ | 80 | 81 | … | 91 | 1038 under 4月 … 3月 | 年度計): the 年度計 column's
 * =SUM copied down onto a row of rates. A year's rate lies among its months' rates (their average, or the whole year's rate), so
 * a total above 100 and more than twice every month's is no reading of the year: the actual is left ungraded (not applicable,
 * never 「not a number」: the figure is one) and a
 * `rate-total-summed` guess names the total and the first and last month with a figure (review rv71: 1038 ％ was graded A
 * against 85 ％ in silence). Only on a ％ row (its unit or the total's own) with three or more months holding figures; a rate
 * built up month by month stays under 100 and is read as written.
 */
import type { Point, RawIndicator } from './types';

/** A point's one number, or null. */
const numberOf = (p: Point): number | null => (p.parsed.status === 'value' && typeof p.parsed.value === 'number' ? p.parsed.value : null);

/** Whether the row counts in percent: its unit or the total's own. */
function percentRow(total: Point, ind: RawIndicator): boolean {
  const unit = (ind.unit ?? (total.parsed.status === 'value' ? total.parsed.unit : undefined) ?? '').normalize('NFKC').trim();
  return unit === '%' || unit === 'パーセント';
}

/** Leaves the total unread, with a guess naming it and its first and last month, when it adds up a ％ row's months. */
export function summedRateTotal(total: Point, parts: Point[], ind: RawIndicator): void {
  const value = numberOf(total);
  if (value === null || value <= 100 || !percentRow(total, ind)) return;
  const filled = parts.filter((p) => numberOf(p) !== null);
  if (filled.length < 3 || value <= 2 * Math.max(...filled.map((p) => numberOf(p)!))) return;
  total.parsed = { status: 'not-applicable', text: total.parsed.text };
  (ind.guesses ??= []).push({ reason: 'rate-total-summed', cells: [total.cell, filled[0].cell, filled[filled.length - 1].cell] });
}
