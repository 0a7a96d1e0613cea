/**
 * Which side a sheet's header lines hold their values on: 「政策 | ３ 市民協働…」「担当課 | 市民協働課」, each meta label
 * with its value in the cell right of it. Where they do, a rating label on those lines has its cell to the right too,
 * even past the used range (an empty rating cell right of a merged label), not under it — unless a merged box as wide
 * as the label stands under it, drawn for the rating.
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';

/** A merged box under the label, from its first column and at least as wide: the rating box drawn for it, whatever the header lines do. */
function boxUnder(grid: Grid, label: IndexedCell): boolean {
  const below = (grid.merge(label.row, label.col)?.bottom ?? label.row) + 1;
  const m = below <= grid.bottom ? grid.merge(below, label.col) : null;
  return !!m && m.left === label.col && m.right >= label.right;
}

/** Whether the header lines around `label` (rows above it down to the next) hold two or more meta labels, every one with its value right of it. */
export function headerValuesRight(grid: Grid, index: CellIndex, label: IndexedCell): boolean {
  if (boxUnder(grid, label)) return false;
  let right = 0;
  for (let r = grid.top; r <= label.row + 1; r++) {
    for (const c of index.row(r)) {
      if (!c.meta || c.meta === 'groupGrade' || c === label) continue;
      const next = grid.rightEdge(c.row, c.col) + 1;
      const v = next <= grid.right ? index.at(c.row, next) : null;
      if (!v || !v.text.trim() || v.label || v.meta || v.period) return false;
      right++;
    }
  }
  return right >= 2;
}
