/**
 * A name column headed by a measure word: 「数値目標」 merged down the whole header band at the left
 * of year bands (R4 | R5 | R6 over 目標 | 実績): the column lists the plan's numeric goals by name, as
 * 指標名 would. Only in a header row that has no name heading of its own, and only when the cell
 * under the band holds a name (text, not a figure), so a real target column is never taken for names.
 */
import type { CellIndex } from './cells';

/** Is the heading at the top of `band` in `col` a measure word standing for the names column? */
export function isMeasureNameHeading(index: CellIndex, band: number[], col: number): boolean {
  if (band.length < 2) return false;
  const top = band[0];
  const cell = index.at(top, col);
  if (!cell?.label || cell.label.role !== 'target' || cell.label.period || cell.label.relative !== undefined) return false;
  const m = index.grid.merge(top, col);
  if (!m || m.top !== top || m.bottom < band[band.length - 1]) return false;
  if (index.row(top).some((c) => c.label?.role === 'name' || c.label?.role === 'id')) return false;
  const below = index.grid.value(band[band.length - 1] + 1, col);
  return typeof below === 'string' && below.trim() !== '' && !/^[\d０-９.,．，\s%％-]+$/.test(below);
}

/** The first column of the row that heads names this way, if any. */
export function measureNameColumn(index: CellIndex, band: number[]): number | undefined {
  return index.row(band[0]).find((c) => isMeasureNameHeading(index, band, c.col))?.col;
}

/** A cheap first look: does the row hold a measure heading merged down below it (no name heading needed then)? */
export function mayHeadNamesByMeasure(index: CellIndex, row: number): boolean {
  return index.row(row).some((c) => c.label?.role === 'target' && !c.label.period && (index.grid.merge(row, c.col)?.bottom ?? row) > row);
}
