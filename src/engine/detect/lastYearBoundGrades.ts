/**
 * The grades written on a sheet's rows whose target is last year's actual as a bound (「前年度以上」「前年度実績以上」): where such
 * a row's written grade is the one last year's actual as the target gives, the department graded against that figure
 * (grading/gradeByLastYear.ts). A top grade (A) shows nothing of the kind, though: a met 「前年度以上」 is the top grade whatever
 * figure stood behind it, so the words alone give it. Only a lower grade shows a ratio taken against last year's actual
 * (「19 | 前年度実績以上 | 13 | C」: 68 %), and then the sheet's other such rows were graded the same way. Each such row keeps the
 * grades written on all of them (`lastYearBoundGrades`) for grading to tell.
 */
import type { RawIndicator } from './types';

/** A target in words starting from last year: 前年度以上, 前年度実績以上, 昨年度の実績値を上回る. */
const FROM_LAST_YEAR = /^\s*(?:前年|昨年)/;

/** The written grade of a row as read (a legend's letter where it gives one), else null. */
function writtenOf(ind: RawIndicator): string | null {
  const g = ind.gradeCell;
  const v = g?.means ?? g?.raw;
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

export function markLastYearBoundGrades(indicators: RawIndicator[]): void {
  const rows = indicators.filter((ind) => ind.targets.some((t) => typeof t.raw === 'string' && FROM_LAST_YEAR.test(t.raw)));
  if (!rows.length) return;
  const grades = rows.map(writtenOf).filter((g): g is string => g !== null);
  for (const ind of rows) ind.lastYearBoundGrades = grades;
}
