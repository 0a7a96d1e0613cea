/**
 * A bare 「前年度実績以上」 with no note on the sheet defining it is a target in words (lastYearTarget.ts): a clerk does not invent
 * its number. The row itself may show the number the department used, though: where it writes its grade, and the grade the
 * sheet's scale gives the year's actual against last year's actual on the row is that written grade (「R4実績 38 | 前年度実績以上
 * | R5実績 45 | A」, 「19 | 前年度実績以上 | 13 | C」: 68 % is a C), the department graded against last year's actual. The target
 * is then read as that figure, a guess naming the target's and last year's actual's cells, never silently. A grade that does
 * not agree, a 「－」 or no grade leaves the words with no number; so does the top grade (A) unless such a row of the sheet is
 * graded lower: a met bound is an A whatever the figure, so an A alone shows none (hold-out 155) — unless the words name last
 * year's 実績 itself (「前年度実績以上」「昨年度実績値以上」, not a bare 「前年度以上」 that may mean last year's target): the figure is
 * then the one written, and an A that agrees with it is read, still as a guess (hold-out 191).
 */
import type { Point, RawIndicator } from '../detect';
import { gradeFor } from './bands';
import { readGrade } from './gradeMarks';
import type { Rules } from './rules';
import { bandedAttainment } from './tolerance';

/** The year's single figure on the row, else undefined. */
function yearFigure(ind: RawIndicator, year: number): number | undefined {
  const p = ind.actuals.find((a) => a.period?.fiscalYear === year && a.parsed.status === 'value' && a.parsed.value !== undefined && !a.parsed.ambiguous);
  return p?.parsed.value;
}

/** Whether a grade below `top` is written on one of the sheet's rows whose target starts from last year. */
function lowerGradeWritten(ind: RawIndicator, top: string, rules: Rules): boolean {
  return (ind.lastYearBoundGrades ?? []).some((g) => {
    const read = readGrade(g, rules.scale)?.grade;
    return !!read && read !== top;
  });
}

/** 「前年度実績以上」「昨年度の実績値以上」「令和4年度実績以上」: the words name last year's actual, not a bare 「前年度以上」. */
export const NAMES_ACTUAL = /^(?:前年度?|昨年度?|(?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|\d{4}年度?)の?実績値?/;

/**
 * Whether the row's written grade is the one its actual of `year` earns against last year's actual `last` as the target, the
 * way `way` (up for 以上, down for 以下), under the rules' scale; `words`: the target as written (naming 実績 or not).
 */
export function gradedAgainstLastYear(ind: RawIndicator, year: number, last: Point, way: 'up' | 'down', rules: Rules, words = ''): boolean {
  const written = ind.gradeCell ? readGrade(ind.gradeCell.means ?? ind.gradeCell.raw, rules.scale)?.grade : null;
  const actual = yearFigure(ind, year);
  const target = last.parsed.value;
  if (!written || actual === undefined || target === undefined) return false;
  // A top grade is what a met 「前年度以上」 gets whatever its figure: only a lower grade on such a row of the sheet shows the
  // department took a ratio against last year's actual (detect/lastYearBoundGrades.ts).
  const namesActual = NAMES_ACTUAL.test(words.normalize('NFKC').replace(/\s+/g, ''));
  if (written === rules.scale[0]?.grade && !namesActual && !lowerGradeWritten(ind, written, rules)) return false;
  const r = bandedAttainment({ name: ind.name, unit: ind.unit, actual, target, direction: way }, { ...rules, method: 'ratio' });
  return r.attainment !== null && gradeFor(r.attainment, rules.scale) === written;
}
