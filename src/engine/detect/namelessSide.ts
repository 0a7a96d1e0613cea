/**
 * Two tables side by side sharing rows, the right one without a name column of its own (目標値 over
 * R3…R7 | gap | 実績値 over R3…R6): the header reads both as one table, each figure belonging to the
 * name on its row. That is sure while every row of figures on the nameless side has a name at the
 * left; when the nameless side holds figures on a row without a name, its rows may not line up with
 * the names, and pairing them by row is a guess (`rows-by-position`) naming the cells.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { parseValue } from '../values/values';

export interface TableArea {
  /** The header band's rows. */
  header: number[];
  nameCol: number;
  /** The columns of figures (targets, actuals, baselines). */
  valueCols: number[];
  /** The body's first and last rows. */
  first: number;
  last: number;
}

/** The first column of a gap between two sides: empty in the header band and the body, right of a value column of the names' side. */
export function gapColumn(grid: Grid, t: TableArea): number | undefined {
  const values = new Set(t.valueCols);
  const right = Math.max(...t.valueCols);
  let seenValue = false;
  for (let c = t.nameCol + 1; c < right; c++) {
    if (values.has(c)) {
      seenValue = true;
      continue;
    }
    if (!seenValue || t.header.some((r) => grid.text(r, c) !== '')) continue;
    let empty = true;
    for (let r = t.first; r <= t.last && empty; r++) empty = grid.text(r, c) === '';
    if (empty) return c;
  }
  return undefined;
}

/** The first row of the nameless side with a figure (not a note) and no name at the left, if any. */
function rowWithoutName(grid: Grid, t: TableArea, side: number[]): { row: number; col: number } | undefined {
  for (let r = t.first; r <= t.last; r++) {
    if (grid.text(r, t.nameCol) !== '') continue;
    const col = side.find((c) => grid.text(r, c) !== '' && parseValue(grid.raw(r, c), grid.numberFormat(r, c)).status === 'value');
    if (col !== undefined && !totalRow(grid, r, t.nameCol, side[side.length - 1])) return { row: r, col };
  }
  return undefined;
}

/** A row of totals (合計 / 計 / 平均 written somewhere on it): figures without a name of their own, as a clerk expects. */
function totalRow(grid: Grid, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (/^[\s　]*(合計|総計|小計|計|平均|累計)[\s　]*$/.test(grid.text(row, c))) return true;
  return false;
}

/** Adds the `rows-by-position` guess to a table's indicators when a nameless side's rows do not match the names one to one. */
export function flagRowsByPosition(grid: Grid, t: TableArea, indicators: RawIndicator[]): void {
  if (!indicators.length || t.valueCols.length < 2) return;
  const gap = gapColumn(grid, t);
  if (gap === undefined) return;
  const side = t.valueCols.filter((c) => c > gap).sort((a, b) => a - b);
  const orphan = rowWithoutName(grid, t, side);
  if (!orphan) return;
  for (const ind of indicators)
    (ind.guesses ??= []).push({ reason: 'rows-by-position', cells: [a1(ind.row, side[0]), ind.nameCell, a1(orphan.row, orphan.col)] });
}
