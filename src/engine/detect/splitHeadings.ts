/**
 * Headings split over two rows, as PDF conversions leave them: 「目標」 over 「値（R5）」, 「重要業績」 over 「評価指標」,
 * 「達成」 over 「率」. Where the row above a header row holds only short texts and, in two or more columns, the upper and
 * the lower text joined make a heading the engine knows while one of them alone is none, the two rows are one header
 * row whose headings are the joined texts. A value written with its unit in the next cell under one heading over both
 * (「1 250 | 千人」 under a merged 「目標値」) has its unit there: the second column is a unit column.
 */
import { classifyLabel, SERIES_ROLES, type Label } from '../values/labels';
import { canonicalUnit, unitAt } from '../values/units';
import type { CellIndex } from './cells';
import type { Column } from './column';

/** The heading two fragments make, when they make one and either alone is none (or a different one, for the upper). */
export function joinedHeading(upper: string, lower: string): Label | null {
  const joined = classifyLabel(upper + lower);
  if (!joined) return null;
  const [u, l] = [classifyLabel(upper), classifyLabel(lower)];
  return !l || !u ? joined : null;
}

/** Whether the row above the header band's first row holds the upper halves of its split headings (two or more, one a measure). */
export function splitHeadingsAbove(index: CellIndex, band: number[]): boolean {
  const above = band[0] - 1;
  if (above < index.grid.top) return false;
  const upper = index.row(above).filter((c) => c.text.trim() !== '' || typeof index.grid.raw(above, c.col) === 'number');
  if (upper.length < 2 || upper.some((c) => !c.text.trim() || c.text.length > 12)) return false;
  const joined = upper.map((c) => {
    const lower = index.grid.merge(band[0], c.col)?.top === above ? '' : index.grid.text(band[0], c.col);
    return lower ? joinedHeading(c.text, lower) : null;
  });
  return joined.filter(Boolean).length >= 2 && joined.some((l) => !!l && SERIES_ROLES.has(l.role));
}

/** A column under the same heading cells as the one before it, whose body cells hold only unit words: that value's unit column. */
export function unitBesideValues(index: CellIndex, columns: Column[], firstBodyRow: number): void {
  for (let i = 1; i < columns.length; i++) {
    const [prev, c] = [columns[i - 1], columns[i]];
    if (c.col !== prev.col + 1 || c.role === 'group' || !SERIES_ROLES.has(c.role) || c.cells.join() !== prev.cells.join()) continue;
    let units = 0;
    let others = 0;
    for (let r = firstBodyRow; r <= Math.min(index.grid.bottom, firstBodyRow + 40); r++) {
      const t = index.grid.text(r, c.col).trim();
      if (!t || index.grid.anchor(r, c.col).col !== c.col) continue;
      if (unitAt(t) === canonicalUnit(t)) units++;
      else others++;
    }
    if (units >= 2 && others === 0) c.role = 'unit';
  }
}
