/**
 * The heading that gives each evaluated actual its period, for the report's `cells.period`: the
 * nearest cell naming the actual's period above it in its column (a period column, or a period
 * merged over 目標 / 実績 sub-columns), else left of it in its row (years as rows), else a little
 * above and to the left (a form's 年度 line). An actual whose period came from a year note in its
 * own cell points at that cell. A heading is a text naming the period or a date in a date format.
 * Pure: reads the snapshot's cells.
 */
import { Grid } from '../detect/grid';
import type { Point } from '../detect';
import type { Evaluated } from '../grading/evaluate';
import { a1, parseA1 } from '../model/address';
import { sheetCell } from '../model/cellRef';
import type { SheetSnapshot } from '../model/port';
import { findPeriod, isDateFormat, periodFromSerial, type Period } from '../values/periods';

/** How far a heading is looked for from its figure, in rows or columns. */
const REACH = 60;
/** How many rows above a form's figure its 年度 line is looked for. */
const FORM_REACH = 12;

type Same = (row: number, col: number) => boolean;

function nearestHeading(grid: Grid, row: number, col: number, same: Same): { row: number; col: number } | null {
  for (let r = row - 1; r >= Math.max(grid.top, row - REACH); r--) if (same(r, col)) return grid.anchor(r, col);
  for (let c = col - 1; c >= Math.max(grid.left, col - REACH); c--) if (same(row, c)) return grid.anchor(row, c);
  for (let r = row - 1; r >= Math.max(grid.top, row - FORM_REACH); r--)
    for (let c = col - 1; c >= Math.max(grid.left, col - REACH); c--) if (same(r, c)) return grid.anchor(r, c);
  return null;
}

/** Fills `cells.period` of every evaluated indicator whose actual has a period (`read`: the reader's grids, reused when given). */
export function fillPeriodHeadings(sheets: SheetSnapshot[], evaluated: Evaluated[], read?: Map<SheetSnapshot, Grid>): void {
  const grids = new Map<string, Grid | null>();
  const gridOf = (name: string): Grid | null => {
    if (!grids.has(name)) {
      const snap = sheets.find((s) => s.name === name);
      grids.set(name, snap ? (read?.get(snap) ?? new Grid(snap)) : null);
    }
    return grids.get(name)!;
  };
  const periods = new Map<string, Period | null>();
  const periodIn = (text: string): Period | null => {
    if (!periods.has(text)) periods.set(text, findPeriod(text)?.period ?? null);
    return periods.get(text)!;
  };
  for (const { report, raw } of evaluated) {
    const ref = report.cells.actual;
    const point = ref ? raw.actuals.find((p) => p.cell === ref) : undefined;
    if (ref && point) report.cells.period = headingOf(ref, point, report.sheet, gridOf, periodIn);
  }
}

function headingOf(ref: string, point: Point, sheet: string, gridOf: (name: string) => Grid | null, periodIn: (text: string) => Period | null): string | null {
  if (!point.period) return point.parsed.notePeriod ? ref : null;
  const at = sheetCell(ref, sheet);
  const grid = gridOf(at.sheet);
  const pos = parseA1(at.cell);
  if (!grid || !pos) return null;
  const want = point.period;
  const same: Same = (r, c) => {
    const v = grid.value(r, c);
    // A heading is a text naming the period, or a date (2024/3/31) in a date format.
    const fmt = typeof v === 'number' ? grid.numberFormat(r, c) : null;
    const p = typeof v === 'string' ? periodIn(grid.text(r, c)) : fmt && isDateFormat(fmt) ? periodFromSerial(v as number) : null;
    return !!p && p.fiscalYear === want.fiscalYear && p.month === want.month;
  };
  const found = nearestHeading(grid, pos.row, pos.col, same);
  if (!found) return null;
  // On another sheet (a join): named like the actual's own reference.
  return ref === at.cell ? a1(found.row, found.col) : `${ref.slice(0, ref.lastIndexOf('!'))}!${a1(found.row, found.col)}`;
}
