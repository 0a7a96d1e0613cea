/**
 * A rating label noting the year it rates (「施策の達成状況（対象：R5）」「施策評価（対象年度：令和５年度）」) rates that year:
 * on a sheet evaluating another year (its title or stated period 令和６年度) it is last year's rating standing beside this
 * year's, never the sheet's own (review rv72: its grade was read as this year's, and a false rating-mismatch raised). Such a
 * label is left out of the sheet's rating labels; a label of the sheet's year, of no year, or on a sheet of no known year stays.
 */
import { ratedYear } from '../values/ratedPeriodNote';
import type { IndexedCell } from './cells';
import type { SheetMeta } from './types';

/** The labels that may be the sheet's rating label: those noting no year, or the sheet's evaluated year. */
export function ownYearLabels(labels: IndexedCell[], meta: SheetMeta): IndexedCell[] {
  const year = (meta.statedPeriod?.period ?? meta.titlePeriod)?.fiscalYear;
  if (year === undefined) return labels;
  return labels.filter((l) => {
    const rated = ratedYear(l.text);
    return rated === null || rated === year;
  });
}
