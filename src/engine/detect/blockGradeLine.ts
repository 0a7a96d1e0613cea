/**
 * A policy block's own grade line under its figure rows: 「達成度 | B」 (or 評価 | A), its label in the column of the
 * block's 計画値 / 実績値 labels, right after its last figure row and before the next block's name line. The mark right
 * of the label is the grade the department gave that indicator (its existing grade), as a grade column would be.
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import { valueRightOf } from './common';
import type { BlockContext, SeriesGroup } from './blockTypes';
import type { RawIndicator } from './types';

/** The longest text read as a grade mark (「B」「Ａ」「◎」「A+」): a longer one is a sentence, not a mark. */
const MARK_LENGTH = 3;

function gradeLabelAt(index: CellIndex, row: number, col: number) {
  const c = index.at(row, col);
  return c?.label?.role === 'grade' ? c : null;
}

/** The grade cell of the block's grade line, or undefined (a period-matrix table, or no such line). */
export function blockGradeLine(ctx: BlockContext, g: SeriesGroup): RawIndicator['gradeCell'] | undefined {
  const { grid, index, seg, axisRows } = ctx;
  if (ctx.nameCol !== undefined || !g.series.length) return undefined;
  const labelCol = g.series[0].labelCol;
  const r = g.series[g.series.length - 1].row + 1;
  if (r > grid.bottom || axisRows.has(r)) return undefined;
  const label = gradeLabelAt(index, r, labelCol);
  if (!label) return undefined;
  const v = valueRightOf(grid, r, label.col, 3, seg.right);
  if (!v || v.text.trim().length > MARK_LENGTH || index.at(v.row, v.col)?.label || index.at(v.row, v.col)?.period) return undefined;
  return { row: v.row, col: v.col, cell: a1(v.row, v.col), raw: grid.raw(v.row, v.col) };
}
