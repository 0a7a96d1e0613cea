/**
 * A target in words naming last year's 実績 itself (「前年度実績以上」「昨年度実績値以上」, not a bare 「前年度以上」 that may mean
 * last year's target), on a row that shows that actual (令和５年度実績 | 令和６年度目標 「前年度実績以上」 | 令和６年度実績, hold-out
 * 205): the figure to reach is written on the row, so a clerk reads it as the target, saying so (a `target-from-last-year`
 * guess naming the target's and last year's actual's cells), never silently. lastYearTarget.ts otherwise keeps a bare bound
 * as words unless the sheet writes the arithmetic or the row's grade shows it (gradeByLastYear.ts).
 * Guards: a row under a grade column, filled or blank, is left to gradeByLastYear.ts (a grade that does not agree, or none
 * written, keeps the words); a row whose
 * attainment column refutes last year's figure (`lastYearRefuted`) or is written 「－」 where the other rows compute one
 * (`attainmentDashed`, detect/dashedAttainment.ts: the office took no figure, hold-out 160), a row with no figure of last year, or words naming
 * anything but 実績 (前年度以上, 前年度目標以上, 前年度値以上) stay words, with no number.
 */
import type { Point, RawIndicator } from '../detect';
import { NAMES_ACTUAL } from './gradeByLastYear';

/**
 * Whether the row has a grade column of its own (its grade cell, or a grade cell of one of its years), filled or not: a row
 * left ungraded under a 評価 column the other rows fill is the office declining a figure (gradeByLastYear.test.ts), so only a
 * table with no grade column takes last year's figure.
 */
function gradeColumn(ind: RawIndicator): boolean {
  return !!ind.gradeCell || (ind.gradeCells ?? []).length > 0;
}

/** Whether the bound's words name last year's 実績 and the row shows that figure (`last`) with no grade column of its own. */
export function lastYearActualBeside(ind: RawIndicator, words: string, last: Point | undefined): boolean {
  if (!last || ind.lastYearRefuted || ind.attainmentDashed || gradeColumn(ind)) return false;
  return NAMES_ACTUAL.test(words.normalize('NFKC').replace(/\s+/g, ''));
}
