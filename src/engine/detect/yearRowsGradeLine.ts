/**
 * A grade line under a years-as-rows table of several indicators: 「令和5年度評価 | B | C | A」 right under the last year's
 * row, its label in the years' column, each indicator's grade written (often merged) under that indicator's own columns
 * (特定健康診査受診率 merged over 目標 | 実績 | 達成率, its 「B」 merged over the same three). The mark is the grade the
 * department wrote for that indicator; the year the label names (令和5年度評価) is the year it grades, so that another year
 * than the evaluation period's is taken as a guess (`guesses.ts`), as a grade line of a block naming its year is.
 *
 * Narrow: the label is a grade label alone in the years' column, one or two rows under the last year; an indicator takes
 * the line's mark only when it is the one text within that indicator's columns (its name's merge, else the columns of its
 * figures), a short mark (a sentence is a remark), not merged past those columns (one cell over every indicator grades
 * none of them), and no label or period.
 */
import { a1, parseA1 } from '../model/address';
import type { Period } from '../values/periods';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The longest text read as a grade mark (「B」「Ａ」「◎」「A+」): a longer one is a sentence, not a mark. */
const MARK_LENGTH = 3;
/** The most rows below the last year a grade line is looked for (one blank row between may part them). */
const ROWS_BELOW = 2;

/** The row and year of the grade line under the table: a grade label in the years' column, or null. */
function gradeLine(index: CellIndex, col: number, lastRow: number): { row: number; period?: Period } | null {
  for (let r = lastRow + 1; r <= lastRow + ROWS_BELOW; r++) {
    const c = index.at(r, col);
    if (!c) continue;
    return c.label?.role === 'grade' && !c.period ? { row: r, period: c.label.period } : null;
  }
  return null;
}

/** The columns an indicator takes: its name's merge over its measures, else the columns of its figures. */
function columnsOf(grid: Grid, ind: RawIndicator): { left: number; right: number } | null {
  const at = ind.nameCell ? parseA1(ind.nameCell) : null;
  const m = at ? grid.merge(at.row, at.col) : null;
  if (m && m.right > m.left) return { left: m.left, right: m.right };
  const cols = [...ind.targets, ...ind.actuals].map((p) => p.col);
  return cols.length ? { left: Math.min(...cols), right: Math.max(...cols) } : null;
}

/** The one mark on `row` within the columns, or null (none, several, a sentence, a label, or a cell merged past them). */
function markWithin(grid: Grid, index: CellIndex, row: number, span: { left: number; right: number }): { row: number; col: number } | null {
  let found: { row: number; col: number } | null = null;
  for (let c = span.left; c <= span.right; c = grid.rightEdge(row, c) + 1) {
    const a = grid.anchor(row, c);
    const t = grid.text(a.row, a.col).trim();
    if (!t) continue;
    const m = grid.merge(row, c);
    if (found || a.row !== row || (m && (m.left < span.left || m.right > span.right))) return null;
    const cell = index.at(a.row, a.col);
    if (t.length > MARK_LENGTH || cell?.label || cell?.period) return null;
    found = a;
  }
  return found;
}

/** Gives each indicator with no grade yet its mark on the grade line under the table's last year. */
export function gradeLineUnderYears(grid: Grid, index: CellIndex, periodCol: number, lastRow: number, found: RawIndicator[]): void {
  const line = gradeLine(index, periodCol, lastRow);
  if (!line) return;
  for (const ind of found) {
    if (ind.gradeCell || ind.gradeCells) continue;
    const span = columnsOf(grid, ind);
    const mark = span && span.left > periodCol ? markWithin(grid, index, line.row, span) : null;
    if (!mark) continue;
    const cell = { row: mark.row, col: mark.col, cell: a1(mark.row, mark.col), raw: grid.raw(mark.row, mark.col) };
    ind.gradeCell = cell;
    if (line.period) ind.gradeCells = [{ ...cell, period: line.period }];
  }
}
