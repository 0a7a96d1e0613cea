/**
 * A row writing 「－」 in the 累計 actual column read (令和5年度末実績（累計）, beside 令和5年度実績（単年度）, the single year's
 * column left unread as its part: cumulativeTwins.ts) says it keeps no running total: an indicator counted within each year
 * (年間販売額). Where its target is no figure either (「増加」, 「－」), nothing is set against a total on that row, and the
 * figure the row does hold in the same year's 単年度 column is its actual. A row with a target figure keeps its 「－」: a single
 * year's figure is never set against a total target.
 */
import type { Column } from './column';
import { point } from './common';
import { headingText } from './cumulativeTwins';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { compactForPeriod, findPeriod } from '../values/periods';

/** A cell written with a dash alone (「－」「-」「―」): no figure in that column, by the author's hand. */
const DASH_ONLY = /^[\s\-－―ー‐−—]+$/;

/** The fiscal year a heading names first, or null. */
function headingYear(heading: string): number | null {
  const found = findPeriod(compactForPeriod(heading));
  return found?.period.kind === 'fiscal' ? found.period.fiscalYear : null;
}

/**
 * Reads the same year's 単年度 figure as the actual of a row writing 「－」 in the 累計 actual column and no target figure (in
 * place); true when it did.
 */
export function singleYearOfDashedTotal(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  if (ind.targets.some((t) => t.parsed.status === 'value')) return false;
  const dashed = ind.actuals.find((p) => p.row === r && p.period?.kind === 'fiscal' && p.parsed.status !== 'value' && DASH_ONLY.test(p.parsed.text ?? ''));
  const total = dashed && columns.find((c) => c.col === dashed.col && c.role === 'actual');
  if (!dashed || !total || !/累計/.test(headingText(grid, total.cells))) return false;
  const year = dashed.period!.kind === 'fiscal' ? dashed.period!.fiscalYear : null;
  const single = columns.find((c) => {
    if (c.role !== 'derived' || c.relative !== undefined) return false;
    const heading = headingText(grid, c.cells);
    return /単年度?/.test(heading) && !/累計|目標|計画|見込|率/.test(heading) && (c.period?.fiscalYear ?? headingYear(heading)) === year;
  });
  if (!single) return false;
  const figure = point(grid, r, single.col, dashed.period);
  if (figure.parsed.status !== 'value') return false;
  ind.actuals = [...ind.actuals.filter((p) => p !== dashed), figure];
  return true;
}
