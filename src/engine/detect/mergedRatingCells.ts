/**
 * A rating column of a table whose cells are merged down each group's rows (施策コード | 施策名 | … | 施策評価 merged over each
 * policy's indicator rows): each merged rating cell owns the rows it spans, so a table of several policies has one rating per
 * policy, not one for the whole sheet. Only a run of two or more such cells, one right under the other, each spanning two rows
 * or more, each empty or holding a short grade, counts.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { GroupGradeCell, SideGroupGrade } from './types';

/** The merged rating cells from `first` (the rating found under its heading) down, as sides owning their rows; [] when fewer than two. */
export function mergedRatingCells(grid: Grid, first: GroupGradeCell): SideGroupGrade[] {
  if (!first.cell) return [];
  const head = grid.merge(first.row, first.col);
  if (!head || head.top !== first.row || head.bottom <= head.top) return [];
  const sides: SideGroupGrade[] = [];
  for (let row = head.top; row <= grid.bottom;) {
    const m = grid.merge(row, first.col);
    if (!m || m.top !== row || m.bottom <= m.top || m.left !== head.left || m.right !== head.right || !mayHoldGrade(grid.raw(row, m.left))) break;
    const own = row === head.top ? first : { ...first, cell: a1(row, m.left), row, col: m.left, raw: grid.raw(row, m.left), previousGrade: null };
    if (row !== head.top) delete own.previousCell;
    sides.push({ ...own, left: grid.left, right: grid.right, top: m.top, bottom: m.bottom });
    row = m.bottom + 1;
  }
  return sides.length >= 2 ? sides : [];
}

/** An empty cell, or a short written grade (A, Ｂ, ◎, 順調); never a figure or a sentence. */
function mayHoldGrade(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === '' || (typeof raw === 'string' && raw.trim().length <= 4);
}
