/**
 * A grade written on a block's computed line, right of its figure: 「R5進捗率 | 81.0% | … | 評価 | A」. The block's
 * 進捗率 / 達成率 line (a `derived` label in the column of its 目標値 / 実績値 labels) often carries the department's grade at
 * its right end, labelled 評価 (or any `grade` label) with the mark beside it: that mark is the indicator's written grade,
 * as a grade line of its own under the figures would be (blockGradeLine.ts).
 *
 * Narrow: the grade label must be the first label right of the derived line's label on that row, within the block's
 * columns; a line whose first label right of it is anything else (a 目標値, another 達成率) gives none. The year the
 * derived label names (「R5進捗率」) is the grade's year, as 「指標の評価（令和５年度）」 is a grade line's.
 */
import type { Period } from '../values/periods';
import type { BlockContext } from './blockTypes';
import type { IndexedCell } from './cells';

/** The grade label on the derived line at `row` (its label at `labelCol`), with the year that line names, or null. */
export function gradeLabelOnDerivedLine(ctx: BlockContext, row: number, labelCol: number): { cell: IndexedCell; period?: Period } | null {
  const { grid, index, seg } = ctx;
  const derived = index.at(row, labelCol);
  if (derived?.label?.role !== 'derived') return null;
  for (let c = grid.rightEdge(row, labelCol) + 1; c <= Math.min(seg.right, grid.right); c = grid.rightEdge(row, c) + 1) {
    const a = grid.anchor(row, c);
    const label = index.at(a.row, a.col)?.label;
    if (!label) continue;
    if (label.role !== 'grade' || a.row !== row) return null;
    const cell = index.at(a.row, a.col);
    return cell ? { cell, period: label.period ?? derived.label.period } : null;
  }
  return null;
}
