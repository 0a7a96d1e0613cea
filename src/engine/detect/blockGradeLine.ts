/**
 * A policy block's own grade line under its figure rows: 「達成度 | B」 (or 評価 | A), its label in the column of the
 * block's 計画値 / 実績値 labels, right after its last figure row and before the next block's name line. The mark right
 * of the label is the grade the department gave that indicator (its existing grade), as a grade column would be.
 * Lines computed from the figures (達成率 / 前年度比, `derived` labels) and the block's text lines (指標の説明 / 備考 / 出典)
 * may stand between them; a label naming its year
 * (「指標の評価（令和５年度）」) grades that year, so another year than the evaluation period's is a guess (guesses.ts).
 */
import { a1 } from '../model/address';
import type { Period } from '../values/periods';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';
import type { BlockContext, SeriesGroup } from './blockTypes';
import { gradeLabelOnDerivedLine } from './derivedLineGrade';
import type { RawIndicator } from './types';

/** The longest text read as a grade mark (「B」「Ａ」「◎」「A+」): a longer one is a sentence, not a mark. */
const MARK_LENGTH = 3;

function gradeLabelAt(index: CellIndex, row: number, col: number) {
  const c = index.at(row, col);
  return c?.label?.role === 'grade' ? c : null;
}

/** The most lines computed from the figures (達成率, 前年度比) read past between the figure rows and the grade line. */
const DERIVED_LINES = 2;
/** The most text lines of the block (指標の説明 | …, 備考 | …) read past before the grade line. */
const TEXT_LINES = 2;
const TEXT_ROLES = new Set(['description', 'note', 'method']);

/** The row after the lines of `roles` from `r` on (at most `most` of them), each label's merged rows passed as one line. */
function pastLines(ctx: BlockContext, r: number, col: number, roles: ReadonlySet<string>, most: number): number {
  for (let k = 0; k < most && r <= ctx.grid.bottom && roles.has(ctx.index.at(r, col)?.label?.role ?? ''); k++) r = (ctx.grid.merge(r, col)?.bottom ?? r) + 1;
  return r;
}

/**
 * The grade line's label under the block's figure rows (past its 達成率 lines), in the column of their labels, with the year
 * it grades; or a grade label written on one of those 達成率 lines right of its figure (derivedLineGrade.ts); or null.
 */
function gradeLineLabel(ctx: BlockContext, g: SeriesGroup): { cell: IndexedCell; period?: Period; onDerivedLine?: boolean } | null {
  const { grid, index, axisRows } = ctx;
  if (ctx.nameCol !== undefined || !g.series.length) return null;
  const col = g.series[0].labelCol;
  let r = g.series[g.series.length - 1].row + 1;
  for (let k = 0; k < DERIVED_LINES && r <= grid.bottom && index.at(r, col)?.label?.role === 'derived'; k++) {
    const beside = gradeLabelOnDerivedLine(ctx, r, col);
    if (beside) return { ...beside, onDerivedLine: true };
    r = (grid.merge(r, col)?.bottom ?? r) + 1;
  }
  // 「指標の説明 | …」 between the figures and 「担当課の評価（R5） | B」: the block's own line, read past.
  r = pastLines(ctx, r, col, TEXT_ROLES, TEXT_LINES);
  if (r > grid.bottom || axisRows.has(r)) return null;
  const label = gradeLabelAt(index, r, col);
  return label ? { cell: label, period: label.label?.period } : null;
}

/**
 * The mark of the block's grade line, or undefined (a period-matrix table, or no such line), with the year its label
 * names (「指標の評価（令和５年度）」) if any: as a grade under that year's heading, the one grade cell of that period
 * (`gradeCells`), so that guesses.ts takes it for that year only.
 */
export function blockGradeMark(
  ctx: BlockContext,
  g: SeriesGroup,
): { cell: NonNullable<RawIndicator['gradeCell']>; byPeriod?: RawIndicator['gradeCells'] } | undefined {
  const { grid, index, seg } = ctx;
  const line = gradeLineLabel(ctx, g);
  if (!line) return undefined;
  const { row: r, col } = line.cell;
  const v = valueRightOf(grid, r, col, 3, seg.right);
  if (!v || v.text.trim().length > MARK_LENGTH || index.at(v.row, v.col)?.label || index.at(v.row, v.col)?.period) return undefined;
  const cell = { row: v.row, col: v.col, cell: a1(v.row, v.col), raw: grid.raw(v.row, v.col) };
  const period = line.period;
  return period ? { cell, byPeriod: [{ ...cell, period }] } : { cell };
}

/**
 * A grade line with a mark under each of several period columns (評価 | ○ | ○ | △ under FY2021 | FY2022 | FY2023): the
 * grade of each period, as its figures are, the evaluation period picking its own (`guesses.ts`); undefined when the line
 * holds one mark or none under the periods (a single grade: blockGradeMark).
 */
export function blockGradeLineByPeriod(ctx: BlockContext, g: SeriesGroup): RawIndicator['gradeCells'] {
  const { grid, index, seg } = ctx;
  const line = gradeLineLabel(ctx, g);
  // A 進捗率 line's own cells under the periods are its figures, never marks: its grade is the one beside its label.
  if (!line || line.onDerivedLine) return undefined;
  const r = line.cell.row;
  const cells = seg.run.cells.filter((c) => grid.anchor(r, c.col).col === c.col);
  const marks = cells.filter((c) => {
    const t = grid.text(r, c.col).trim();
    return t && t.length <= MARK_LENGTH && !index.at(r, c.col)?.label && !index.at(r, c.col)?.period;
  });
  if (marks.length < 2) return undefined;
  return cells.map((c) => ({ row: r, col: c.col, cell: a1(r, c.col), raw: grid.raw(r, c.col), period: c.period }));
}
