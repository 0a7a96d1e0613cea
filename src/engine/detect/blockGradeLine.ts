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

/** The grade line's label right under the block's figure rows, in the column of their labels, or null. */
function gradeLineLabel(ctx: BlockContext, g: SeriesGroup) {
  const { grid, index, axisRows } = ctx;
  if (ctx.nameCol !== undefined || !g.series.length) return null;
  const r = g.series[g.series.length - 1].row + 1;
  if (r > grid.bottom || axisRows.has(r)) return null;
  return gradeLabelAt(index, r, g.series[0].labelCol);
}

/** The grade cell of the block's grade line, or undefined (a period-matrix table, or no such line). */
export function blockGradeLine(ctx: BlockContext, g: SeriesGroup): RawIndicator['gradeCell'] | undefined {
  const { grid, index, seg } = ctx;
  const label = gradeLineLabel(ctx, g);
  if (!label) return undefined;
  const r = label.row;
  const v = valueRightOf(grid, r, label.col, 3, seg.right);
  if (!v || v.text.trim().length > MARK_LENGTH || index.at(v.row, v.col)?.label || index.at(v.row, v.col)?.period) return undefined;
  return { row: v.row, col: v.col, cell: a1(v.row, v.col), raw: grid.raw(v.row, v.col) };
}

/**
 * A grade line with a mark under each of several period columns (評価 | ○ | ○ | △ under FY2021 | FY2022 | FY2023): the
 * grade of each period, as its figures are, the evaluation period picking its own (`guesses.ts`); undefined when the line
 * holds one mark or none under the periods (a single grade: blockGradeLine).
 */
export function blockGradeLineByPeriod(ctx: BlockContext, g: SeriesGroup): RawIndicator['gradeCells'] {
  const { grid, index, seg } = ctx;
  const label = gradeLineLabel(ctx, g);
  if (!label) return undefined;
  const r = label.row;
  const cells = seg.run.cells.filter((c) => grid.anchor(r, c.col).col === c.col);
  const marks = cells.filter((c) => {
    const t = grid.text(r, c.col).trim();
    return t && t.length <= MARK_LENGTH && !index.at(r, c.col)?.label && !index.at(r, c.col)?.period;
  });
  if (marks.length < 2) return undefined;
  return cells.map((c) => ({ row: r, col: c.col, cell: a1(r, c.col), raw: grid.raw(r, c.col), period: c.period }));
}
