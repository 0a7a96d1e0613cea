/**
 * A row whose remark says its target is a running total (備考 「目標値は令和3年度からの累計」) in a table with the year's actual
 * column and a total column beside it (実績値 over 単年度（令和5年度） | 累計（令和3年度～令和5年度））, with no mark of its basis
 * the reader takes (目標の区分 | 累計, read by markedRowTotal.ts): the year's figure is read as the row's actual, as for any
 * unmarked row, but a clerk could not be sure either which column the target is set on, so the reading is a guess naming both
 * cells (review rv73: such rows were graded on the year's figure against the term's total, silently). A row marked 単年度, a
 * remark naming no target (「累計 648人」), a total cell without a figure or a row already read on its total say nothing.
 */
import { a1 } from '../model/address';
import type { Column } from './column';
import type { Grid } from './grid';
import { singleYearAgainstTotal as againstCumulativeTarget } from './cumulativeTarget';
import { markedSingleYear, totalBeside } from './markedRowTotal';
import type { RawIndicator } from './types';
import { parseValue } from '../values/values';
import { totalRemark } from './periodLedMark';

/** Columns of figures or names: their words are no remark on the row's basis. */
const FIGURES = new Set(['target', 'expected', 'actual', 'baseline', 'derived', 'part', 'name', 'unit']);

/** A remark saying the target counts over a run of years: 目標 and 累計 (累積, 通算) in one cell. */
const TOTAL_REMARK = totalRemark;

function remarkCell(grid: Grid, r: number, columns: Column[]): string | null {
  const figures = new Set(columns.filter((c) => FIGURES.has(c.role)).map((c) => c.col));
  const [lo, hi] = [Math.min(...columns.map((c) => c.col)), Math.max(...columns.map((c) => c.col))];
  for (let col = lo; col <= hi; col++) if (!figures.has(col) && TOTAL_REMARK(grid.text(r, col).normalize('NFKC'))) return a1(r, col);
  return null;
}

/** Adds the guess naming the year's actual and the total beside it (in place), when the row's remark says its target is a total. */
export function totalNotedOnRow(grid: Grid, r: number, columns: Column[], ind: RawIndicator): void {
  if (columns.some((c) => c.cumulative && c.role === 'actual')) return;
  const dated = columns.filter((c) => c.role === 'actual' && c.period && c.relative === undefined);
  if (!dated.length || markedSingleYear(grid, r, columns) || !remarkCell(grid, r, columns)) return;
  const latest = dated.reduce((a, c) => (c.period!.fiscalYear > a.period!.fiscalYear ? c : a));
  const single = ind.actuals.find((p) => p.row === r && p.col === latest.col && p.parsed.status === 'value');
  const beside = totalBeside(grid, columns, latest);
  if (!single || !beside || parseValue(grid.value(r, beside.col), grid.numberFormat(r, beside.col)).status !== 'value') return;
  const cells = [single.cell, a1(r, beside.col)];
  if (!ind.guesses?.some((g) => g.reason === 'column-chosen' && g.cells.join() === cells.join())) (ind.guesses ??= []).push({ reason: 'column-chosen', cells });
}

/** A row not read on a total column: its yearly actual against a cumulative target (cumulativeTarget.ts) or a remark's is a guess. */
export function singleYearAgainstTotal(grid: Grid, r: number, columns: Column[], ind: RawIndicator): void {
  againstCumulativeTarget(grid, r, columns, ind);
  totalNotedOnRow(grid, r, columns, ind);
}
