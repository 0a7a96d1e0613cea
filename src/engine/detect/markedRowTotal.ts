/**
 * A row marking itself a running total (「累計」 in its own 区分 cell, beside rows marked 「単年度」) in a table with the year's
 * actual column and a total column beside it (R5実績値（単年度） | 実績値累計（R3～R5）): the clerk compares the row's target with
 * the total, as the mark says, and the year's single figure is its part. The row's actual of the total's year is read from the
 * total column; rows marked otherwise, or not at all, keep the single year's. A total column whose run of years ends before the
 * actual's year, a total cell left blank, or a level (％, 率: never a running total) leaves the row as it is.
 */
import { parseA1 } from '../model/address';
import type { Column } from './column';
import { point } from './common';
import { isLevel, rowCumulativeMark, totalColumn } from './cumulativeTarget';
import type { Grid } from './grid';
import { statedRun } from './runningTotal';
import type { RawIndicator } from './types';

/** Per grid, per table's latest actual column: its total column, or null (read once per table). */
const TOTALS = new WeakMap<Grid, Map<string, number | null>>();

/** The header rows the columns' heading cells stand on, top to bottom. */
function bandOf(columns: Column[]): number[] {
  const rows = new Set(columns.flatMap((c) => c.cells.map((ref) => parseA1(ref)?.row ?? 0)).filter((r) => r > 0));
  return [...rows].sort((a, b) => a - b);
}

/** The unread total column of the table beside its latest dated actual column, its run (if stated) ending in that year. */
function totalBeside(grid: Grid, columns: Column[], latest: Column): number | null {
  let byTable = TOTALS.get(grid);
  if (!byTable) TOTALS.set(grid, (byTable = new Map()));
  const key = latest.cells.join(',');
  let col = byTable.get(key);
  if (col === undefined) {
    const band = bandOf(columns);
    const found = totalColumn(grid, band, columns, latest.col);
    const run = found === undefined ? null : statedRun(band.map((row) => grid.text(row, found)).join(''));
    // Unread, or read as the 累計 twin of the year's actual (単年度実績 | 累計実績 under one year: cumulativeTwins.ts).
    const unread = found !== undefined && !columns.some((c) => c.col === found && c.role !== 'derived');
    col = unread && (!run || run[1] === latest.period!.fiscalYear) ? found : null;
    byTable.set(key, col);
  }
  return col;
}

/**
 * Reads the total column as the actual of a row marked 累計 (in place); true when it did. Only where the table has no total
 * column read as the actual already (cumulativeTarget.ts).
 */
export function totalOfMarkedRow(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  if (columns.some((c) => c.cumulative && c.role === 'actual')) return false;
  const dated = columns.filter((c) => c.role === 'actual' && c.period && c.relative === undefined);
  // Only 累計 itself marks the row's figure a total: 延べ (延べ人数, a unit or a way of counting) counts within the year.
  const mark = rowCumulativeMark(grid, r, columns);
  if (!dated.length || !mark || !/^[\s　]*(?:累計|計画期間)/.test(mark) || isLevel(ind)) return false;
  const latest = dated.reduce((a, c) => (c.period!.fiscalYear > a.period!.fiscalYear ? c : a));
  const col = totalBeside(grid, columns, latest);
  if (col === null) return false;
  const total = point(grid, r, col, latest.period);
  if (total.parsed.status !== 'value') return false;
  ind.actuals = [...ind.actuals.filter((p) => p.period?.fiscalYear !== latest.period!.fiscalYear || p.col !== latest.col), total];
  ind.cumulative = true;
  return true;
}
