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

/**
 * Blocks side by side, each titled on a line above its rating label (「施策2-1 … 」 over 「主管課 | … | 施策の評価 | □」, the
 * next block the same further right): the nearest line above (within three rows) holding, for every label, one plain text
 * past the previous label's rating cell and not right of the label, each at the same distance from its label. A label
 * standing at its block's right end then starts its side at the title, as the first block's does at the sheet's left.
 */
export function titlesAboveLabels(grid: Grid, index: CellIndex, labels: readonly IndexedCell[]): Map<IndexedCell, IndexedCell> {
  if (labels.length < 2) return new Map();
  const row = labels[0].row;
  for (let r = row - 1; r >= row - 3 && r >= grid.top; r--) {
    const texts = index.row(r).filter((c) => c.text.trim() !== '');
    if (!texts.length) continue;
    const out = new Map<IndexedCell, IndexedCell>();
    labels.forEach((l, i) => {
      const from = i === 0 ? grid.left : grid.rightEdge(l.row, labels[i - 1].right + 1) + 1;
      const cells = texts.filter((c) => c.col >= from && c.col <= l.col);
      const [t] = cells;
      if (cells.length === 1 && !t.label && !t.period && !t.meta && t.text.trim().length >= 4) out.set(l, t);
    });
    const offsets = new Set([...out].map(([l, t]) => l.col - t.col));
    return out.size === labels.length && offsets.size === 1 ? out : new Map();
  }
  return new Map();
}

/**
 * Blocks side by side, each headed on its rating label's row by a group label and its name (「施策 | 3-2 … | 評価 | □」, the
 * next block the same further right): the one group label (施策, 基本目標, …) past the previous label's rating cell and left of
 * a label starts that label's side, as the first block's does at the sheet's left. Returns the column each such side starts at.
 */
export function groupLabelsBeforeLabels(
  grid: Grid,
  labels: readonly IndexedCell[],
  groupLabels: readonly { row: number; col: number }[],
): Map<IndexedCell, number> {
  const out = new Map<IndexedCell, number>();
  labels.forEach((l, i) => {
    if (i === 0) return;
    const from = grid.rightEdge(l.row, labels[i - 1].right + 1) + 1;
    const heads = groupLabels.filter((g) => g.row === l.row && g.col >= from && g.col < l.col);
    if (heads.length === 1) out.set(l, heads[0].col);
  });
  return out;
}
