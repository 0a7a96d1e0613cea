/**
 * Above the first row of headings, the evaluation period stated without a 評価対象期間 label
 * (periodStatements.ts): an as-of statement alone in a cell or closing it (「（令和6年3月末現在）」), or the 実績
 * year a title or a line names (「令和６年度　施策評価（令和５年度実績）」; a bare 「令和5年度実績」 only alone in its row).
 * The first found counts; a year's row of figures ends the search as a row of headings does, and so does a form's line of a
 * measure label with its figure beside it (目標値（令和５年度） | 6,500: labelledFigure.ts): the form's body has begun, and its
 * 備考 line 「令和４年度実績 5,980人」 quotes last year's figure, no statement of the sheet's year.
 */
import { a1 } from '../model/address';
import { oneLine } from '../values/text';
import type { IndexedCell } from './cells';
import type { Grid } from './grid';
import { labelledAsOfDate } from './labelledAsOfDate';
import { isLabelledFigure } from './labelledFigure';
import { asOfPeriod, mayNameResultsYear, resultsYear, yearHeadingRow } from './periodStatements';
import type { SheetMeta } from './types';
import { yearEvaluationAsOf } from './yearEvaluationAsOf';

export interface ImpliedPeriod {
  /** Set at the first row of headings: a statement below it is a table's cell, not the sheet's. */
  done: boolean;
  found?: NonNullable<SheetMeta['statedPeriod']>;
}

/**
 * Whether the row is a form's line of the year's measure label (目標値, 実績値（令和５年度）) with its figure right beside it. A
 * line of another year's figure (前年度実績, 最終目標値（令和７年度）, 計画値, 基準値) may stand above the statement (review rv69).
 */
function isFormFigureLine(grid: Grid, cells: IndexedCell[]): boolean {
  return cells.some(
    (c) =>
      (c.label?.role === 'target' || c.label?.role === 'actual') &&
      c.label.relative === undefined &&
      !OTHER_YEARS.test(c.text) &&
      isLabelledFigure(grid, c.row, c.col, c.right),
  );
}

/** Words of a figure of another year than the one evaluated: a plan's end, last year, the baseline. */
const OTHER_YEARS = /最終|計画|前年|昨年|前期|中間|基準|当初|策定時/;

/** Reads one row of the sheet, top down, into `out` until a statement is found or the place of statements ends. */
export function impliedPeriod(grid: Grid, cells: IndexedCell[], out: ImpliedPeriod): void {
  // A row of headings ends the place of statements, and so does a year's row of figures (a table whose headings read as no
  // labels, 「2021年度 | 2 | 1」): a note under it (「※2024年度の実績値は…報告する」) speaks of the table's years, not the sheet's.
  // Figures without a year (政策 | 2 | 施策 | 5, 予算額 | 12000) are the sheet's lines above its statement.
  const figures = cells.filter((c) => c.text === '' && typeof grid.raw(c.row, c.col) === 'number').length;
  const yearRow = figures >= 2 && cells.some((c) => c.period);
  if (yearRow || isFormFigureLine(grid, cells) || cells.filter((c) => c.period || (c.label && c.label.role !== 'note')).length >= 2) {
    out.done = true;
    return;
  }
  for (const c of cells) {
    // 「評価基準日 | 2024/3/31」: the label's date beside it (labelledAsOfDate.ts).
    const p =
      /現在|時点|分まで|基準日/.test(c.text) && c.text.length <= 60 ? (asOfPeriod(c.text) ?? yearEvaluationAsOf(c.text) ?? labelledAsOfDate(grid, c)) : null;
    // A bare 「令和5年度実績」 beside other cells is a label of its row (令和4年度実績 | 100 may follow), not the sheet's statement.
    // So is one of a row of year headings (令和4年度決算 | 令和5年度予算 | 令和5年度決算: periodStatements.ts).
    const y = !p && mayNameResultsYear(c.text) && (!c.period || cells.length === 1) && !yearHeadingRow(cells) ? resultsYear(c.text) : null;
    if (p || y) {
      out.found = { period: (p ?? y)!, cell: a1(c.row, c.col), text: oneLine(c.text), ...(p ? { asOf: true as const } : {}) };
      out.done = true;
      return;
    }
  }
}
