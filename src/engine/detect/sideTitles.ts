/**
 * Tables side by side, each titled on the line of its own rating label: 「基本目標１ 支え合う地域づくり | | 評価 | □」 then
 * 「基本目標２ … | | 評価 | □」 further right. The one text before a rating label on its row, past the previous label and its
 * rating cell, names that label's side, and the side starts at it (not at the label, as where the label heads its side).
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';

/** The title before each rating label of one row (labels sorted left to right), where exactly one plain text stands there. */
export function titlesBeforeLabels(grid: Grid, index: CellIndex, labels: readonly IndexedCell[]): Map<IndexedCell, IndexedCell> {
  const out = new Map<IndexedCell, IndexedCell>();
  labels.forEach((l, i) => {
    // Past the previous label and the rating cell right of it.
    const from = i === 0 ? grid.left : grid.rightEdge(l.row, labels[i - 1].right + 1) + 1;
    const cells = index.row(l.row).filter((c) => c.col >= from && c.col < l.col && c.text.trim() !== '');
    const [t] = cells;
    if (cells.length === 1 && !t.label && !t.period && !t.meta && t.text.trim().length >= 4) out.set(l, t);
  });
  return out;
}
