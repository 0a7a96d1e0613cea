/**
 * A sheet stating that its count at a date is the result of the fiscal year before that date — 「評価時点：令和7年4月1日現在の
 * 職員数（令和6年度の定員管理の結果）」 — dates every column of that month (R5.4.1, R6.4.1, R7.4.1 …) as the fiscal year before
 * it: the R7.4.1 count is 令和6年度's figure, the R6.4.1 count 令和5年度's, as the sheet's own words say. Without such a statement a
 * 4月1日 count stays in the fiscal year it opens, and so does a count at that date among columns of other months (R6.4.1 |
 * R6.10.1, monthly columns).
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import type { RawIndicator, SheetMeta } from './types';

/** The dates (a month, perhaps a day) written in a text, in order. */
function datesIn(text: string): Period[] {
  const out: Period[] = [];
  const t = compactForPeriod(text);
  for (let from = 0; from < t.length;) {
    const m = findPeriod(t.slice(from));
    if (!m) break;
    if (m.period.kind === 'month') out.push(m.period);
    from += m.index + m.length;
  }
  return out;
}

/** The date the stated fiscal year's result is counted at, when the statement's line writes one in the year after. */
export function closingCountDate(meta: SheetMeta): Period | null {
  const stated = meta.statedPeriod;
  if (!stated || stated.asOf || stated.period.kind !== 'fiscal') return null;
  return datesIn(stated.text).find((d) => d.fiscalYear === stated.period.fiscalYear + 1) ?? null;
}

/** Dates each figure counted at the statement's month as the fiscal year before it. */
export function applyClosingCountDate(meta: SheetMeta, indicators: RawIndicator[]): void {
  const date = closingCountDate(meta);
  if (!date) return;
  const points = indicators.flatMap((ind) => [...ind.actuals, ...ind.targets, ...ind.baselines]);
  // Only a series of counts at that one date (R5.4.1 | R6.4.1 | R7.4.1): beside 10月1日 or monthly columns the date is one
  // point of a year's course, not the closing count (review rv50).
  if (points.some((p) => p.period?.kind === 'month' && p.period.month !== date.month)) return;
  for (const p of points) if (p.period?.kind === 'month' && p.period.month === date.month) p.period = { ...p.period, fiscalYear: p.period.fiscalYear - 1 };
}
