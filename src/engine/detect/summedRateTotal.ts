/**
 * A rate row's total that adds its months up (稼働率 | ％ | 80 | 81 | … | 91 | 1038 under 4月 … 3月 | 年度計): the 年度計 column's
 * =SUM copied down onto a row of rates. A year's rate lies among its months' rates (their average, or the whole year's rate), so
 * a total above 100 and more than twice every month's is no reading of the year: the actual is left ungraded (not applicable,
 * never 「not a number」: the figure is one) and a
 * `rate-total-summed` guess names the total and the first and last month with a figure (review rv71: 1038 ％ was graded A
 * against 85 ％ in silence). Only on a ％ row (its unit or the total's own) with three or more months holding figures. Review
 * rv76: a total under 100 too when it is exactly its months' sum (キャンセル率 2.1 … 2.1 | 25.0); a rate built up month by month
 * or a month's share of the year (進捗, 達成, 累計, 構成 in the name: 目標達成率 9 … 10 | 112) is read as written.
 */
import type { Point, RawIndicator } from './types';

/** A point's one number, or null. */
const numberOf = (p: Point): number | null => (p.parsed.status === 'value' && typeof p.parsed.value === 'number' ? p.parsed.value : null);

/** Whether the row counts in percent: its unit or the total's own. */
function percentRow(total: Point, ind: RawIndicator): boolean {
  const unit = (ind.unit ?? (total.parsed.status === 'value' ? total.parsed.unit : undefined) ?? '').normalize('NFKC').trim();
  return unit === '%' || unit === 'パーセント';
}

/** A rate built up month by month, or a month's share of the year (整備進捗率, 目標達成率, 累計, 構成比): its months add up. */
const BUILT_UP = /進捗|達成|累計|累積|構成|寄与|内訳/;

/** Whether the total is its months' sum, to the rounding of their last digit (25.0 over 2.1 + 1.9 + … + 2.1). */
function sumOfMonths(value: number, months: number[]): boolean {
  const sum = months.reduce((a, b) => a + b, 0);
  return Math.abs(value - sum) <= 0.05 * months.length + 1e-9;
}

/** Leaves the total unread, with a guess naming it and its first and last month, when it adds up a ％ row's months. */
export function summedRateTotal(total: Point, parts: Point[], ind: RawIndicator): void {
  const value = numberOf(total);
  if (value === null || !percentRow(total, ind) || BUILT_UP.test(ind.name)) return;
  const filled = parts.filter((p) => numberOf(p) !== null);
  const months = filled.map((p) => numberOf(p)!);
  if (filled.length < 3 || value <= 2 * Math.max(...months)) return;
  // Under 100 only as the exact sum: a small rate's months (キャンセル率 2.1 … 2.1, 年度計 25.0; review rv76).
  if (value <= 100 && !sumOfMonths(value, months)) return;
  total.parsed = { status: 'not-applicable', text: total.parsed.text };
  (ind.guesses ??= []).push({ reason: 'rate-total-summed', cells: [total.cell, filled[0].cell, filled[filled.length - 1].cell] });
}
