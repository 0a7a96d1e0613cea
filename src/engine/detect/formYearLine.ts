/**
 * A form's line of years: a figure label (年度別実績, 実績値, 目標値) whose line holds the years as headings, its figures on
 * the row right under them — the label merged down over both rows, or the row under holding nothing in the label's column:
 *
 *   年度別実績 | 令和3年度 | 令和4年度 | 令和5年度 | 令和6年度
 *   (merged)   | 14        | 15        | 17        |
 *
 * Each figure is that year's point of the label's measure, as a block's series line gives it; the evaluation period picks
 * its own. A line whose other cells are not all years (a header of measures) is no such line, nor one whose row under holds no
 * figure at all (（参考） notes under the years).
 */
import { SERIES_ROLES, type Role } from '../values/labels';
import type { Period } from '../values/periods';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { hasDigit } from '../values/text';

export interface FormYearLine {
  role: Role;
  cells: { row: number; col: number; period: Period }[];
}

/** The year headings right of a label on its row, up to `toCol`: two or more periods written as text, nothing else. */
function yearHeadings(index: CellIndex, row: number, fromCol: number, toCol: number) {
  const heads = index.row(row).filter((h) => h.col > fromCol && h.col <= toCol && (h.text.trim() !== '' || h.period));
  if (heads.length < 2 || heads.some((h) => !h.period || h.label || h.period.baseline)) return [];
  return heads.map((h) => ({ col: h.col, period: h.period!.period }));
}

/** The figures' row under a label's line: the row under it, the label merged down over it or that row bare in its column. */
function figureRow(grid: Grid, row: number, col: number): number | null {
  const below = row + 1;
  if (below > grid.bottom) return null;
  const m = grid.merge(row, col);
  if (m) return m.bottom === below ? below : null;
  return grid.text(below, col).trim() === '' ? below : null;
}

/** The year lines among a form's `rows`, in the columns fromCol..toCol. */
export function formYearLines(grid: Grid, index: CellIndex, rows: number[], fromCol: number, toCol: number): FormYearLine[] {
  const out: FormYearLine[] = [];
  for (const r of rows)
    for (const c of index.row(r)) {
      if (c.col < fromCol || c.col > toCol || !c.label || !SERIES_ROLES.has(c.label.role) || c.label.period) continue;
      const heads = yearHeadings(index, r, c.right, toCol);
      const below = heads.length ? figureRow(grid, r, c.col) : null;
      if (below === null) continue;
      const cells = heads.filter((h) => grid.raw(below, h.col) !== null).map((h) => ({ row: below, col: h.col, period: h.period }));
      // A row of notes under the years (（参考） | （参考）) holds no figures: the figures are not on it, and the line is not read.
      if (cells.some((x) => hasDigit(grid.text(x.row, x.col)))) out.push({ role: c.label.role, cells });
    }
  return out;
}
