/**
 * Years as rows with several indicators, each a name merged over its own columns (図書館貸出冊数 over 目標 | 実績 |
 * 評価): the 評価 column under an indicator's merged name is that indicator's, each year's row holding that year's
 * grade; the evaluation period picks among them (`guesses.ts`), a guess naming them when none is its own. A 評価
 * column outside every merged name belongs to no one indicator and is left unread.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import type { Period } from '../values/periods';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/**
 * The 評価 columns of the band's last row, by the cell of the name merged over each (spanning more than that column):
 * the nearest such merge above the column, so that a group heading over every indicator (成果指標) is not taken.
 */
function gradeColumnsByNameCell(grid: Grid, band: number[], cols: number[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  const last = band[band.length - 1];
  for (const col of cols) {
    if (classifyLabel(grid.text(last, col))?.role !== 'grade') continue;
    for (const r of band.slice(0, -1).reverse()) {
      const m = grid.merge(r, col);
      if (!m || m.left === m.right || !grid.text(m.top, m.left)) continue;
      const cell = a1(m.top, m.left);
      byName.set(cell, [...(byName.get(cell) ?? []), col]);
      break;
    }
  }
  return byName;
}

/** Each indicator with no grade yet takes the one 評価 column under its own merged name. */
export function gradeColumnsUnderNames(grid: Grid, band: number[], cols: number[], rows: { row: number; period: Period }[], found: RawIndicator[]): void {
  if (band.length < 2) return;
  const byName = gradeColumnsByNameCell(grid, band, cols);
  for (const ind of found) {
    const own = ind.nameCell ? byName.get(ind.nameCell) : undefined;
    if (own?.length !== 1 || ind.gradeCell || ind.gradeCells) continue;
    gradeCellsByYear(grid, own[0], rows, ind);
  }
}

/** The indicator's grade of each year is the `col` cell of that year's row; its first is the grade cell. */
export function gradeCellsByYear(grid: Grid, col: number, rows: { row: number; period: Period }[], ind: RawIndicator): void {
  ind.gradeCells = rows.map(({ row, period }) => ({ row, col, cell: a1(row, col), raw: grid.raw(row, col), period }));
  const { period: _p, ...first } = ind.gradeCells[0];
  ind.gradeCell = first;
}
