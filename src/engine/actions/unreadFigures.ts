/**
 * A last look at what the reading left on the sheet: an indicator without its actual (the cell read is blank,
 * unreadable or an error, or none was found) while its own row holds figures nothing was read from is a
 * reading that most likely took the wrong column, row or table. It becomes a `reading-uncertain` finding naming the
 * cell read and the figures left over, never a silent missing fact. A figure is left over when no indicator of the
 * sheet read it (as a name, unit, target, actual, baseline or grade); an ordinal or a code left of the name cell, a
 * bare year, and a figure under a heading of what is never an actual (a cost, a 達成率 or 前年度比 worked out from the
 * figures, a rank) are no figures of the indicator. A discontinued indicator says why it has none. Pure: reads the
 * reader's grids.
 */
import type { Grid } from '../detect/grid';
import type { Evaluated } from '../grading/evaluate';
import type { ReadingGuessReport } from '../model/report';
import { a1, parseA1 } from '../model/address';
import { parseValue } from '../values/values';
import { classifyLabel, type Role } from '../values/labels';
import { isCostLabel } from '../detect/costHeadings';
import { isOwnCode } from './ownCodeCell';

/** An actual not read: its cell blank, unreadable or an error (a 「－」 or 未実施 says why there is none). */
const UNREAD = new Set(['missing', 'unparseable', 'error']);
/** How many left-over figures a finding names. */
const NAMED = 3;

type Explained = Set<string>;

/** Every cell an indicator of the sheet was read from. */
function explainedCells(evaluated: Evaluated[]): Map<string, Explained> {
  const bySheet = new Map<string, Explained>();
  for (const { raw, report } of evaluated) {
    const set = bySheet.get(raw.sheet) ?? new Set<string>();
    bySheet.set(raw.sheet, set);
    const cells = [
      raw.nameCell,
      raw.unitCell,
      raw.descriptionCell,
      raw.noteCell,
      raw.statedDirection?.cell,
      raw.gradeCell && !raw.gradeCell.sheet ? raw.gradeCell.cell : null,
      raw.previousGradeCell?.cell,
      ...raw.actuals.map((p) => p.cell),
      ...raw.targets.map((p) => p.cell),
      ...raw.baselines.map((p) => p.cell),
      ...(raw.gradeCells ?? []).map((g) => g.cell),
      ...Object.values(report.cells),
    ];
    for (const c of cells) if (typeof c === 'string' && !c.includes('!')) set.add(c);
    // A grade cell standing on another sheet (a joined 実績値 sheet's, a 総括表's) is read there.
    const gc = raw.gradeCell;
    if (gc?.sheet) bySheet.set(gc.sheet, (bySheet.get(gc.sheet) ?? new Set<string>()).add(gc.cell));
  }
  return bySheet;
}

/** A figure of the indicator: a number (or a number written as text), not a bare year or an ordinal left of the name. */
function isFigure(grid: Grid, row: number, col: number, nameCol: number): boolean {
  const raw = grid.raw(row, col);
  if (raw === null || raw === undefined || raw === '') return false;
  const parsed = parseValue(raw, grid.numberFormat(row, col));
  if (parsed.status !== 'value' || parsed.value === null || parsed.value === undefined) return false;
  const v = parsed.value;
  if (col < nameCol && Number.isInteger(v) && v < 1000) return false;
  if (Number.isInteger(v) && v >= 1900 && v <= 2100 && typeof raw === 'number') return false;
  return true;
}

/** Headings over figures that are never an actual: a rate or change worked out from the figures (達成率, 前年比), a number or code. */
const NOT_ACTUAL: ReadonlySet<Role> = new Set<Role>(['derived', 'id']);

/** Whether the heading says its figures are never an actual: a derived figure, a number, or a project's cost (事業費, 決算額). */
function neverActual(heading: string): boolean {
  const role = heading ? classifyLabel(heading)?.role : undefined;
  return (role !== undefined && NOT_ACTUAL.has(role)) || isCostLabel(heading);
}
/** How far up a figure's column heading is looked for. */
const HEADING_REACH = 8;

/** The text nearest above a figure in its column (its heading, in a table), or ''. */
function headingAbove(grid: Grid, row: number, col: number): string {
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADING_REACH); r--) {
    const raw = grid.value(r, col);
    if (typeof raw === 'string' && raw.trim() && parseValue(raw).status !== 'value') return raw;
  }
  return '';
}

/**
 * The cell stands in a 現状把握の方法 / 出典 column (its heading up to HEADING_REACH rows above, other rows' notes between): how the
 * figure is known, never a figure (「県民健康栄養調査（5年ごと）」 names a survey and how often it is held).
 */
function underMethodHeading(grid: Grid, row: number, col: number): boolean {
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADING_REACH); r--) {
    const raw = grid.value(r, col);
    if (typeof raw === 'string' && raw.trim() && classifyLabel(raw)?.role === 'method') return true;
  }
  return false;
}

function leftOver(grid: Grid, row: number, nameCol: number, explained: Explained, id: string | null): string[] {
  const found: string[] = [];
  for (let col = grid.left; col <= grid.right && found.length < NAMED; col++) {
    const anchor = grid.anchor(row, col);
    if (anchor.row !== row || anchor.col !== col) continue;
    const cell = a1(row, col);
    // The indicator's own code repeated on its rows (a long export's 指標コード) is its ID, no figure (ownCodeCell.ts).
    if (explained.has(cell) || isOwnCode(grid, row, col, nameCol, id)) continue;
    if (isFigure(grid, row, col, nameCol) && !neverActual(headingAbove(grid, row, col)) && !underMethodHeading(grid, row, col)) found.push(cell);
  }
  return found;
}

/** The guess of one indicator whose actual is missing while its row holds figures nobody read; null otherwise. */
function unreadFigures(e: Evaluated, grid: Grid, explained: Explained): ReadingGuessReport | null {
  const { report, raw } = e;
  if (report.actual !== null || !UNREAD.has(report.actualStatus)) return null;
  const missing = report.cells.actual;
  const name = parseA1(raw.nameCell);
  if (!name) return null;
  const rows = new Set([name.row, ...raw.actuals.map((p) => p.row), ...raw.targets.map((p) => p.row)]);
  const cells: string[] = [];
  for (const row of rows) for (const c of leftOver(grid, row, name.col, explained, raw.id)) if (cells.length < NAMED) cells.push(c);
  if (!cells.length) return null;
  return { reason: 'figures-unread', cells: [missing ?? raw.nameCell, ...cells] };
}

/** Each indicator's guess that figures of its own row were left unread while its actual is missing. */
export function unreadFigureGuesses(evaluated: Evaluated[], gridOf: (sheet: string) => Grid | null): { e: Evaluated; guess: ReadingGuessReport }[] {
  // Made on the first indicator that needs it: in most workbooks every actual is read and no cell needs explaining.
  let explained: Map<string, Explained> | undefined;
  const out: { e: Evaluated; guess: ReadingGuessReport }[] = [];
  for (const e of evaluated) {
    // A discontinued indicator has no actual to stand for the period, and says so (grading/discontinued.ts).
    if (e.report.actual !== null || !UNREAD.has(e.report.actualStatus) || e.findings.some((f) => f.code === 'indicator-discontinued')) continue;
    const grid = gridOf(e.raw.sheet);
    if (!grid) continue;
    explained ??= explainedCells(evaluated);
    const guess = unreadFigures(e, grid, explained.get(e.raw.sheet) ?? new Set());
    if (guess) out.push({ e, guess });
  }
  return out;
}
