/**
 * A column headed by an evaluation the reader has no word for (中間評価, 年度評価, 事後評価: 〇〇評価) whose cells
 * hold nothing but grade marks (A–D, S, ◎ ○ △ ×) is the department's own grade column: each row's existing grade.
 * A heading it knows keeps its role (自己評価, 中間評価（R4）: values/labels.ts); a figure or a word under the
 * heading keeps it unread, so a comment column (評価の理由) or a column of figures is never taken as grades.
 */
import type { Grid } from './grid';
import { compact, normalizeText } from '../values/text';

/** 〇〇評価: one to ten letters before 評価, no figure among them (「令和5年度評価」 is dated, read by its period). */
const EVALUATION_HEADING = /^[^\d]{1,10}評価$/;
/** A grade mark: one letter of a grade scale or a mark, alone in its cell. */
const GRADE_MARK = /^(?:[SABCDE]|[◎○〇△×▲])$/;

/** The heading's words, compacted, without a note in brackets (「中間評価（A～D）」 → 中間評価). */
function headingWords(text: string): string {
  return compact(normalizeText(text)).replace(/[(（][^()（）]*[)）]/g, '');
}

/**
 * Whether `col`, headed `heading` over the band ending at `last`, is a grade column: an evaluation heading over
 * filled cells (the first five, at least one) that are all grade marks.
 */
export function gradesUnderEvaluationHeading(grid: Grid, heading: string, last: number, col: number): boolean {
  if (!EVALUATION_HEADING.test(headingWords(heading))) return false;
  let seen = 0;
  for (let r = last + 1; r <= grid.bottom && seen < 5; r++) {
    if (grid.anchor(r, col).col !== col) return seen > 0;
    const text = compact(normalizeText(grid.text(r, col))).toUpperCase();
    if (!text) continue;
    if (!GRADE_MARK.test(text)) return false;
    seen++;
  }
  return seen > 0;
}
