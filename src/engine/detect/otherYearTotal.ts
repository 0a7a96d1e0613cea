/**
 * A 累計 column under another year's heading: 令和4年度実績 merged over 単年度 | 累計 beside 令和5年度実績 over the same pair.
 * The 累計 under 令和4年度 is the running total to that year, the twin of its own 単年度 figure (cumulativeTwins.ts), never the
 * total of the year read: where a row marked 累計 (or a 累計 target) takes the table's total column as its actual
 * (cumulativeTarget.ts totalColumn, markedRowTotal.ts), such a column is passed over for the one under the actual's own year.
 * Only a total dated by a year that has a plain actual column of its own (a twin); an undated total (累計（R3〜R5）, 累計) and a
 * search from an undated column (a term's 累計 target) are left as they were.
 */
import type { Column } from './column';

/** Whether the column at `col` is the 累計 twin of another year's actual than the column at `from`'s. */
export function totalOfOtherYear(columns: readonly Column[], col: number, from: number): boolean {
  const own = columns.find((c) => c.col === col);
  const start = columns.find((c) => c.col === from);
  const year = own?.role === 'derived' ? own.period?.fiscalYear : undefined;
  if (year === undefined || !start?.period || start.period.fiscalYear === year) return false;
  return columns.some((c) => c.col !== col && c.role === 'actual' && c.period?.fiscalYear === year);
}
