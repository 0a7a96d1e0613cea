/**
 * A plan's review column dated by its heading (中間評価（R4）, 最終評価（R8）) is read as the values measured at
 * that review (values/labels.ts). When its cells hold no figure but marks (A / B / ◎ / 達成), the column is the
 * review's verdict, not a measured value: it is left out (derived), never taken as an actual.
 */
import type { Grid } from './grid';
import type { Role } from '../values/labels';
import { headingText } from './cumulativeTwins';
import { parseValue } from '../values/values';
import { hasDigit } from '../values/text';

const REVIEW = /(中間|最終)評価/;

/** What of a header column this needs (header.ts's Column, named here so that header.ts alone imports this module). */
interface ReviewColumn {
  col: number;
  role: Role | 'group';
  cells: string[];
  pair?: unknown;
}

/** Whether the first filled cells under `top` in `col` hold a figure (a column with no filled cell yet keeps its heading's word). */
function holdsFigures(grid: Grid, top: number, col: number): boolean {
  let seen = 0;
  for (let r = top; r <= grid.bottom && seen < 5; r++) {
    const text = grid.text(r, col).trim();
    if (!text) continue;
    seen++;
    if (parseValue(grid.raw(r, col)).status === 'value' && hasDigit(text)) return true;
  }
  return seen === 0;
}

/** Turns a review column headed as an actual (中間評価（R4）) that holds marks, not figures, into a derived column. */
export function marksUnderReviewHeadings(grid: Grid, band: number[], columns: ReviewColumn[]): void {
  for (const c of columns) {
    if (c.role !== 'actual' || c.pair || !REVIEW.test(headingText(grid, c.cells))) continue;
    if (!holdsFigures(grid, band[band.length - 1] + 1, c.col)) c.role = 'derived';
  }
}
