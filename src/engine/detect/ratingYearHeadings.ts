/**
 * A policy's rating label heading a box of two evaluations, each under its own heading: 「施策の達成状況」 merged down two
 * rows beside 「前年度評価（令和４年度）」 | 「今年度評価（令和５年度）」, the grades on the row under them. A clerk writes this
 * year's rating in the cell under the this-year heading, even while it is empty, and reads the cell under the last-year
 * heading as last year's grade; the line under the box (a legend 「※達成状況　A：順調…」) is none of them.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { GroupGradeCell } from './types';
import { evaluationSide } from '../values/evaluationSide';
import { parseBracketGrade, parseGrade } from '../values/values';

interface At {
  row: number;
  col: number;
}

/** How many cells right of the label are looked at for the headings. */
const REACH = 8;

/** The cells under this year's and last year's headings right of a rating label, or null when its row holds no this-year heading. */
function ratingUnderYearHeadings(grid: Grid, label: { row: number; col: number; right: number }): { rating: At; previous?: At } | null {
  const m = grid.merge(label.row, label.col);
  const bottom = Math.max(m?.bottom ?? label.row, label.row + 1);
  let rating: At | undefined;
  let previous: At | undefined;
  for (let col = label.right + 1, n = 0; col <= grid.right && n < REACH; col = grid.rightEdge(label.row, col) + 1, n++) {
    const at = grid.anchor(label.row, col);
    if (at.row !== label.row || !grid.text(label.row, col)) continue;
    const side = evaluationSide(grid.text(label.row, col));
    if (!side) return rating ? { rating, ...(previous ? { previous } : {}) } : null;
    const under = (grid.merge(label.row, col)?.bottom ?? label.row) + 1;
    if (under > bottom || under > grid.bottom + 1) return null;
    const cell = grid.anchor(under, at.col);
    if (side.offset === 0 && !rating) rating = cell;
    else if (side.offset === -1 && !previous) previous = cell;
  }
  return rating ? { rating, ...(previous ? { previous } : {}) } : null;
}

/** The rating cell under this year's heading beside a rating label, last year's grade the one under the last-year heading; null without such headings. */
export function yearHeadedRating(
  grid: Grid,
  label: { row: number; col: number; right: number },
  scale: { grade: string; label: string }[],
): GroupGradeCell | null {
  const at = ratingUnderYearHeadings(grid, label);
  if (!at) return null;
  const { rating, previous } = at;
  const before = previous ? grid.raw(previous.row, previous.col) : null;
  const previousGrade = previous ? (parseBracketGrade(before, scale) ?? parseGrade(before, scale)?.grade ?? null) : null;
  const out: GroupGradeCell = {
    labelCell: a1(label.row, label.col),
    cell: a1(rating.row, rating.col),
    row: rating.row,
    col: rating.col,
    raw: grid.raw(rating.row, rating.col),
    previousGrade,
  };
  if (previousGrade && previous) out.previousCell = a1(previous.row, previous.col);
  return out;
}
