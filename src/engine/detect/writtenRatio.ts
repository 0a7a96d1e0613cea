/**
 * A ratio written on each row (達成率, 進捗率) that equals one column's figure over the target's: the column whose figure the
 * sheet itself divided by the target, so the one the sheet reads as the target's actual (review rv73: a measure column is read as
 * the actual only when something on the row confirms it). A fraction (1.16) or a percentage (116, 116%) both count; a ratio that
 * is rounded as written (116.1 %, 1.2) still agrees, one row disagreeing is no confirmation, nor are rows without the three figures.
 */
import { parseValue } from '../values/values';
import type { Grid } from './grid';

/** A ratio heading: the share of the target reached. */
const RATIO_HEADING = /達成率|達成割合|達成度|進捗率|進捗度|目標比|計画比/;

const fold = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

function figure(grid: Grid, row: number, col: number): number | null {
  const p = parseValue(grid.value(row, col), grid.numberFormat(row, col));
  return p.status === 'value' && typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
}

/** The written ratio agrees with the quotient, as a fraction or a percentage, rounded as written. */
function agrees(ratio: number, quotient: number): boolean {
  return [quotient, quotient * 100].some((q) => Math.abs(ratio - q) <= Math.abs(q) * 0.006 + (Math.abs(q) < 10 ? 0.0051 : 0.051));
}

/** The ratio columns right of the band: a heading cell of the band naming a share of the target. */
export function ratioColumns(grid: Grid, band: number[]): number[] {
  const out: number[] = [];
  for (let col = grid.left; col <= grid.right; col++) if (band.some((row) => RATIO_HEADING.test(fold(grid.text(row, col))))) out.push(col);
  return out;
}

/**
 * Whether the ratio column says `col` over `target` on the body's rows: every row holding the three figures agrees, and at
 * least one does. Null when no row holds the three (the ratio says nothing of the column).
 */
export function ratioConfirms(grid: Grid, body: number, ratio: number, target: number, col: number): boolean | null {
  let seen = 0;
  for (let row = body; row <= Math.min(grid.bottom, body + 200); row++) {
    const [r, t, c] = [figure(grid, row, ratio), figure(grid, row, target), figure(grid, row, col)];
    if (r === null || t === null || c === null || t === 0) continue;
    if (!agrees(r, c / t)) return false;
    seen++;
  }
  return seen ? true : null;
}
