/**
 * A rating label noting the year it rates (「施策の達成状況（対象：R5）」「施策評価（対象年度：令和５年度）」) rates that year:
 * on a sheet evaluating another year (its title or stated period 令和６年度) it is last year's rating standing beside this
 * year's, never the sheet's own (review rv72: its grade was read as this year's, and a false rating-mismatch raised). Such a
 * label is left out of the sheet's rating labels; a label of the sheet's year, of no year, or on a sheet of no known year stays.
 */
import { ratedYear } from '../values/ratedPeriodNote';
import type { IndexedCell } from './cells';
import { statedInCell } from './statedPeriodCell';
import type { SheetMeta } from './types';

/** The first rating label's rated-year note seen on the sheet, held back from stating its period (statedOutsideRatingNote). */
export interface RatedNote {
  note?: SheetMeta['statedPeriod'];
}

/**
 * The period a cell states (statedPeriodCell.ts), a rating label's rated-year note (「達成状況（対象：R4）」, `isRating`) set aside in
 * `rated`: such a note says which year that label rates, last year's beside this year's as well, never by itself the sheet's
 * period while the title or another line names one (review rv80 item 2; ratedNoteStatement).
 */
export function statedOutsideRatingNote(c: IndexedCell, rated: RatedNote, isRating: (c: IndexedCell) => boolean): SheetMeta['statedPeriod'] {
  const stated = statedInCell(c);
  if (!stated || ratedYear(c.text) === null || !isRating(c)) return stated;
  rated.note ??= stated;
  return undefined;
}

/** The held-back note, the sheet's period only when no line stated one and the title names no other year; else undefined. */
export function ratedNoteStatement(meta: SheetMeta, rated: RatedNote): SheetMeta['statedPeriod'] {
  const year = rated.note?.period.fiscalYear;
  return !meta.statedPeriod && rated.note && (meta.titlePeriod?.fiscalYear ?? year) === year ? rated.note : undefined;
}

/** The labels that may be the sheet's rating label: those noting no year, or the sheet's evaluated year. */
export function ownYearLabels(labels: IndexedCell[], meta: SheetMeta): IndexedCell[] {
  const year = (meta.statedPeriod?.period ?? meta.titlePeriod)?.fiscalYear;
  if (year === undefined) return labels;
  return labels.filter((l) => {
    const rated = ratedYear(l.text);
    return rated === null || rated === year;
  });
}
