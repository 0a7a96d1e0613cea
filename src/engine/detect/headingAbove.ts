/**
 * Measure headings on the row above the one that names the columns: 「目標値」 and 「実績値」 merged (or
 * written once at the left) over the year sub-columns, while 指標名 / 単位 stand on the lower row with
 * the years (R3 | R4 | R5). The header band then starts at the measure row, so that each year
 * column is read as the target or the actual its heading says, not as a bare year's actual.
 * Only when the row above holds nothing but headings (no figure, no name heading, no sentence) and
 * one of its measure headings stands over the years.
 */
import type { CellIndex, IndexedCell } from './cells';
import { SERIES_ROLES } from '../values/labels';
import { evaluationSide } from '../values/evaluationSide';

/** The last column a heading stands over: its merge, or the blank cells right of it on its row (at most 12). */
function spanEnd(index: CellIndex, cell: IndexedCell, next: IndexedCell | undefined): number {
  if (cell.right > cell.col) return cell.right;
  return Math.min(next ? next.col - 1 : index.grid.right, cell.col + 12);
}

/** The header band, started one row higher when that row holds the measure headings over this band's years. */
export function withHeadingAbove(index: CellIndex, band: number[]): number[] {
  if (band.length >= 3) return band;
  if (datedSidesAbove(index, band)) return [band[0] - 1, ...band];
  const years = index.row(band[0]).filter((c) => c.period);
  if (years.length < 2) return band;
  const above = band[0] - 1;
  const upper = index.row(above).filter((c) => c.text !== '' || typeof index.grid.raw(above, c.col) === 'number');
  if (!upper.length || upper.some((c) => (!c.label && !c.period && !c.meta) || c.label?.role === 'name' || c.label?.role === 'id')) return band;
  const over = upper.some((c, i) => {
    if (!c.label || !SERIES_ROLES.has(c.label.role)) return false;
    const end = spanEnd(index, c, upper[i + 1]);
    return years.some((y) => y.col >= c.col && y.col <= end);
  });
  return over ? [band[0] - 1, ...band] : band;
}

/**
 * The row above holds nothing but dated evaluation headings (「前年度評価（令和４年度）」 | 「今年度評価（令和５年度）」), each
 * over measure headings of the band (実績 | 評価 under each): the sides are the header's top row, so that each column under
 * them is dated by its side (evaluationSides.ts), whether or not the name heading is merged up to them.
 */
function datedSidesAbove(index: CellIndex, band: number[]): boolean {
  const above = band[0] - 1;
  const upper = index.row(above).filter((c) => c.text !== '' || typeof index.grid.raw(above, c.col) === 'number');
  const dated = (c: IndexedCell) => c.text !== '' && !!evaluationSide(c.text)?.period;
  // A heading merged down into the band (「最終目標（令和７年度）」 over both rows) heads its own column.
  const mergedDown = (c: IndexedCell) => !!c.label && (index.grid.merge(above, c.col)?.bottom ?? above) >= band[0];
  const sides = upper.filter(dated);
  if (!sides.length || !upper.every((c) => dated(c) || mergedDown(c))) return false;
  const measures = index.row(band[0]).filter((c) => c.label && (SERIES_ROLES.has(c.label.role) || c.label.role === 'grade'));
  return sides.every((c) => {
    const end = spanEnd(index, c, upper[upper.indexOf(c) + 1]);
    return measures.some((m) => m.col >= c.col && m.col <= end);
  });
}
