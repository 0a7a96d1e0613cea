/**
 * Which of several periods of one fiscal year stands for the year, as a clerk reads a table with
 * 令和5年3月末 | 令和5年9月末 | 令和6年3月末: the month-end that closes the fiscal year (3月末 of the next
 * calendar year) or a column of the year itself is the year's figure; a month-end inside the year
 * (9月末, half a year) is only a part of it. A month-end evaluated as the period itself stands first.
 */
import type { Period } from './periods';

/** The month a fiscal year closes with (April to March). */
const CLOSING_MONTH = 3;

/**
 * How well `p` stands for `period` (same fiscal year assumed): 3 the period itself (the month-end
 * evaluated), 2 the whole year (a year column, or its closing month-end), 1 a month-end inside it.
 */
export function yearStanding(p: Period, period: Period): number {
  if (period.kind === 'month' && p.kind === 'month' && p.year === period.year && p.month === period.month) return 3;
  if (p.kind !== 'month' || p.month === CLOSING_MONTH) return 2;
  return 1;
}

/** The points that stand best for the period among those given (all of its fiscal year), in their order. */
export function bestStanding<T extends { period?: Period }>(points: T[], period: Period): T[] {
  const rank = (x: T) => (x.period ? yearStanding(x.period, period) : 0);
  const top = Math.max(0, ...points.map(rank));
  return points.filter((x) => rank(x) === top);
}

/** The points ordered best-standing first, keeping their order otherwise. */
export function byStanding<T extends { period?: Period }>(points: T[], period: Period): T[] {
  const rank = (x: T) => (x.period ? yearStanding(x.period, period) : 0);
  return points
    .map((x, i) => ({ x, i }))
    .sort((a, b) => rank(b.x) - rank(a.x) || a.i - b.i)
    .map(({ x }) => x);
}

/** Whether two periods are the same column's period: the same kind, year and month (令和5年9月末 and 2023年9月末 are). */
export function samePeriod(a: Period | undefined, b: Period | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.fiscalYear === b.fiscalYear && a.year === b.year && a.month === b.month;
}
