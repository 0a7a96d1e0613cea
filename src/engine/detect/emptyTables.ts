/**
 * A sheet laid out for indicators that has none yet (a blank template): a 指標名 / 事業名 heading
 * with 実績値 / 目標値 / 期待値 headings on its row or the next, and no indicator found under them.
 */
import { a1 } from '../model/address';
import { Grid } from './grid';
import { classifyLabel, type Role } from '../values/labels';
import type { SheetSnapshot } from '../model/port';

const FIGURES = new Set<Role>(['actual', 'target', 'expected']);

/**
 * The cell of the name heading of an indicator table whose name column is empty (down to the
 * table's first empty row), or null when the sheet has none: a table with names in it that gave no
 * indicator is not an empty table.
 */
export function indicatorTableHeading(snap: SheetSnapshot): string | null {
  const grid = new Grid(snap);
  const roles = (r: number) => {
    const out: { col: number; role: Role }[] = [];
    for (const { col, value } of grid.rowCells(r)) {
      const label = typeof value === 'string' ? classifyLabel(value) : null;
      if (label) out.push({ col, role: label.role });
    }
    return out;
  };
  for (let r = grid.top; r <= grid.bottom; r++) {
    const here = roles(r);
    const name = here.find((l) => l.role === 'name');
    if (name && [...here, ...roles(r + 1)].some((l) => FIGURES.has(l.role))) return namesBelow(grid, r, name.col) ? null : a1(r, name.col);
  }
  return null;
}

/** True when a name (a text that is not a heading) is in the column below the heading, before an empty row. */
function namesBelow(grid: Grid, headingRow: number, col: number): boolean {
  for (let r = headingRow + 1; r <= grid.bottom; r++) {
    const cells = [...grid.rowCells(r)].filter((c) => c.value !== null && c.value !== '');
    if (!cells.length) return false;
    const v = cells.find((c) => c.col === col)?.value;
    if (typeof v === 'string' && v.trim() && !classifyLabel(v)) return true;
  }
  return false;
}
