/**
 * The year a table's total column stands at for one row (review rv75): the latest year column, unless the row leaves that
 * year blank, mid-term (令和3年度 18 | 令和4年度 21 | 令和5年度 (blank) | 累計 39 under 「60（3か年累計）」 on a 令和４年度 sheet):
 * then the total is the running total to the latest year with a figure on the row, 39 as of 令和4年度, which a clerk sets
 * against the term's 60. Dated as the blank year, the total was passed over for the sheet's year and its single figure (21)
 * graded against the term's target, marked cumulative. A latest year written as still being counted (未確定, 集計中, 調査中)
 * counts as blank (review rv77).
 */
import type { Column } from './column';
import type { RawIndicator } from './types';

/** The dated actual column the row's total stands at: `latest`, or the latest column with a figure on a row leaving `latest` blank. */
export function totalAsOf(columns: readonly Column[], ind: RawIndicator, latest: Column): Column {
  const filled = (c: Column) => ind.actuals.some((p) => p.col === c.col && p.parsed.status === 'value');
  // A figure still being counted (未確定, 集計中) is not yet in the total, as a blank one (review rv77).
  const blank = (c: Column) => !ind.actuals.some((p) => p.col === c.col && p.parsed.status !== 'missing' && p.parsed.status !== 'pending');
  if (filled(latest) || !blank(latest)) return latest;
  const earlier = columns.filter(
    (c) => c.role === 'actual' && c.period && c.relative === undefined && c.period.fiscalYear < latest.period!.fiscalYear && filled(c),
  );
  return earlier.reduce((a, c) => (c.period!.fiscalYear > a.period!.fiscalYear ? c : a), earlier[0] ?? latest);
}
