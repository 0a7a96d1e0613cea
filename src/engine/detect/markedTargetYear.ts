/**
 * A target cell marked as a running total under a heading that only dates it (目標値（令和4年度） | 「300（累計）」): the heading
 * says which year the target is for, the cell says it is the total reached by that year. On a one-year sheet whose actuals are
 * 単年度 | 累計（R2～R4） under 実績値 (undated: the sheet's year), a clerk sets that target against the 累計 to that year, as
 * for an undated target column; the year's 単年度 figure is its part. A heading naming a year's own basis (単年度, 年間, 年度目標)
 * or a mark adding up within the year (「4～3月累計」) dates nothing here: that target stays the single year's (markedRowTotal.ts).
 */
import type { Column } from './column';
import { headingText, isCumulativeTwinLine } from './cumulativeTwins';
import type { Grid } from './grid';
import { statedRun } from './runningTotal';
import type { TargetPoint } from './types';
import { figureCumulativeMark } from '../values/figureCumulativeMark';

/** A target heading naming the year it is set for: 単年度, 年間 (not 年間累計), 年度目標. */
export const YEAR_TARGET = /単年度|年間(?!累計)|年度目標/;

/**
 * The year a row's 累計-marked target stands at, from its own column's heading dated by one fiscal year and naming no single
 * year's basis; null otherwise (no such mark after the figure, an undated column, or a 単年度 / 年間 / 年度目標 heading).
 */
export function markedTargetYear(grid: Grid, columns: readonly Column[], marked: TargetPoint | null): number | null {
  if (!marked) return null;
  const mark = figureCumulativeMark(marked.parsed.text, marked.period?.fiscalYear);
  if (!mark || !mark.after || mark.withinYear) return null;
  const col = columns.find((c) => c.col === marked.col && c.role === 'target');
  if (!col?.period || col.period.kind !== 'fiscal' || col.relative !== undefined) return null;
  if (YEAR_TARGET.test(headingText(grid, col.cells).normalize('NFKC'))) return null;
  // A run the mark names must end in the column's year (「300（R2～R4累計）」 under 令和4年度), never another.
  return mark.start !== null && mark.start > col.period.fiscalYear ? null : col.period.fiscalYear;
}

/**
 * Whether `twin` heads the 累計 of the actual headed `heading` over a run of years ending in `year`, its bracket closing it:
 * 実績値 単年度 | 実績値 累計（R2～R4） on a 令和4年度 sheet. A run ending in another year (累計（R2～R3）) is no total to `year`.
 */
export function twinOverRun(heading: string, twin: string, year: number): boolean {
  const run = statedRun(twin);
  if (!run || run[1] !== year) return false;
  return isCumulativeTwinLine(heading, twin.replace(/[(（][^()（）]*[)）]\s*$/, ''));
}
