/**
 * A column headed by a progress word (進捗 / 進捗状況 / 進捗評価, 達成状況, 達成度) is read as the department's grade column
 * (labels.ts) when its cells are grades — letters or the scale's words (「順調」「やや遅れている」). Over figures
 * (「85%」, 0.92) the same heading is the progress rate, derived from the figures and never a grade: its cells are
 * taken back from the indicators here; where a grade-headed column beside it on the same rows holds grades
 * (達成度 108% | 所管課評価 A), the rows take their grade cells from that column (statusWordColumns.ts). 進捗率 / 進捗度 headings are derived by their words alone (labels.ts).
 */
import type { CellValue } from '../model/port';
import { normalizeText } from '../values/text';
import { parseGrade } from '../values/values';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { headingOver } from './headingOver';
import type { RawIndicator } from './types';
import { gradeColumnBeside } from './statusWordColumns';

/** Headings that may stand over grades or over a rate: 進捗…, 達成状況, 達成度 (「達成度 95%」 is a rate). */
const PROGRESS_HEADING = /^(進捗|達成状況$|達成度$)/;
const FIGURE = /^[-+−]?[\d,]*\.?\d+\s*[%％]?$/;

/** The heading over a column's first grade cell, normalised and without spaces. */
function gradeHeading(grid: Grid, col: number, row: number): string {
  return normalizeText(headingOver(grid, col, row)).replace(/\s+/g, '');
}

function isFigure(raw: CellValue): boolean {
  if (typeof raw === 'number') return true;
  return typeof raw === 'string' && FIGURE.test(normalizeText(raw).trim());
}

/** A figure beside or under a progress heading (達成度 | 75%): the progress rate, never a grade (indicators across the columns, transposed.ts). */
export function isProgressRate(heading: string, raw: CellValue): boolean {
  return PROGRESS_HEADING.test(normalizeText(heading).replace(/\s+/g, '')) && isFigure(raw);
}

/** Whether the cells under a progress heading are figures rather than grades (most of the filled cells). */
function figuresNotGrades(cells: CellValue[], scale: { grade: string; label: string }[]): boolean {
  const figures = cells.filter(isFigure).length;
  const grades = cells.filter((c) => !isFigure(c) && !!parseGrade(c, scale)?.grade).length;
  return figures > 0 && figures >= grades;
}

/** The grade cells of the indicators by column: each row's own (gradeCell) and its periods' (gradeCells, a 達成度 under each year). */
function gradeCellsByColumn(indicators: RawIndicator[]): Map<number, { row: number; raw: CellValue }[]> {
  const byCol = new Map<number, { row: number; raw: CellValue }[]>();
  const add = (g: { row: number; col: number; raw: CellValue }) => byCol.set(g.col, [...(byCol.get(g.col) ?? []), g]);
  for (const ind of indicators) {
    if (ind.gradeCell) add(ind.gradeCell);
    for (const g of ind.gradeCells ?? []) if (g.col !== ind.gradeCell?.col) add(g);
  }
  return byCol;
}

/** Takes the grade cells of a progress-headed column of figures back from the indicators (they hold a rate, not a grade). */
export function dropProgressFigures(grid: Grid, indicators: RawIndicator[], scale: { grade: string; label: string }[]): void {
  for (const [col, cells] of gradeCellsByColumn(indicators)) {
    const top = Math.min(...cells.map((c) => c.row));
    if (!PROGRESS_HEADING.test(gradeHeading(grid, col, top))) continue;
    if (
      !figuresNotGrades(
        cells.map((c) => c.raw),
        scale,
      )
    )
      continue;
    const taken = new Set(indicators.filter((i) => i.gradeCell).map((i) => i.gradeCell!.col));
    const inds = indicators.filter((i) => i.gradeCell?.col === col);
    // Only rows whose own grade cell is here look for a grade column beside (a period's 達成度 has its 評価 in its group).
    const other = inds.length
      ? gradeColumnBeside(
          grid,
          inds.map((i) => i.gradeCell!.row),
          col,
          taken,
          scale,
        )
      : null;
    for (const ind of indicators) {
      if (ind.gradeCell?.col === col) {
        const row = ind.gradeCell.row;
        delete ind.gradeCell;
        if (other !== null && ind.layout === 'table' && !ind.gradeCells?.some((g) => g.col !== col))
          ind.gradeCell = { row, col: other, cell: a1(row, other), raw: grid.raw(row, other) };
      }
      // A grade written among the rates (「B」 under one year's 達成度) stays that period's grade.
      if (ind.gradeCells) ind.gradeCells = ind.gradeCells.filter((g) => g.col !== col || !isFigure(g.raw));
      if (ind.gradeCells?.length === 0) delete ind.gradeCells;
    }
  }
}
