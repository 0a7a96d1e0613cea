/**
 * One indicator's block of months, stacked down a sheet: a heading line (KPI① | name | 年度目標　1,200件), a line of the
 * fiscal year's months (月 | 4月 | 5月 … 3月), a line of each month's figure (月別実績) and a 累計 line running them up.
 * The months are parts of the fiscal year: the year's actual is the 累計 at its last month. While the year's last month
 * has no figure the year is not closed: the actual is pending (the running total so far is no year's figure). The target
 * is the figure written after 目標 in a heading cell; the year is the one written above the block (the sheet's title).
 */
import { a1 } from '../model/address';
import { findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import { parseValue } from '../values/values';
import type { CellIndex } from './cells';
import { namedIndicator, point, withKind } from './common';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import type { Point, RawIndicator } from './types';

/** A fiscal year's months in order, 4月 first. */
const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
/** A month heading alone in its cell: 「4月」「１２月」. */
const MONTH = /^(\d{1,2})月$/;
/** A target written in a heading cell: 「年度目標　1,200件」「目標値：150件」. */
const TARGET = /目標(?:値)?\s*[:：]?\s*([\d,.]+\s*\S{0,4})$/;
/** A running-total line's label. */
const RUNNING = /累計/;

/** The row's fiscal-year months, 4月 to 3月 in order in adjacent columns, or null. */
function monthColumns(index: CellIndex, row: number): number[] | null {
  const cells = index.row(row).filter((c) => MONTH.test(normalizeText(c.text).trim()));
  if (cells.length !== FISCAL_MONTHS.length) return null;
  const months = cells.map((c) => Number(MONTH.exec(normalizeText(c.text).trim())![1]));
  if (months.some((m, i) => m !== FISCAL_MONTHS[i])) return null;
  return cells.some((c, i) => i > 0 && c.col !== cells[i - 1].col + 1) ? null : cells.map((c) => c.col);
}

/** The line's label left of the months, and whether each month's cell holds a figure. */
function lineBelow(grid: Grid, row: number, cols: number[]): { label: string; figures: boolean[] } {
  const label = normalizeText(grid.text(row, cols[0] - 1));
  return { label, figures: cols.map((c) => parseValue(grid.raw(row, c), grid.numberFormat(row, c)).status === 'value') };
}

/** The period written above the block nearest it (the sheet's title 「令和5年度　…」), if any. */
function yearAbove(index: CellIndex, row: number): Period | undefined {
  for (const r of [...index.rows.keys()].filter((x) => x < row).sort((a, b) => b - a))
    for (const c of index.row(r)) {
      const p = findPeriod(c.text);
      if (p && p.period.kind === 'fiscal') return p.period;
    }
  return undefined;
}

/** The target written after 目標 in one of the heading line's cells, as a point of its year. */
function targetOn(grid: Grid, index: CellIndex, row: number, period: Period | undefined): Point | null {
  for (const c of index.row(row)) {
    const m = TARGET.exec(normalizeText(c.text).trim());
    const parsed = m ? parseValue(m[1]) : null;
    if (!parsed || parsed.status !== 'value') continue;
    const p: Point = { row: c.row, col: c.col, cell: a1(c.row, c.col), raw: grid.raw(c.row, c.col), formula: null, parsed };
    if (period) p.period = period;
    return p;
  }
  return null;
}

/** The block's indicator from its heading line, or null when the line names none. */
function readBlock(grid: Grid, index: CellIndex, monthRow: number, cols: number[], totalRow: number): RawIndicator | null {
  const head = monthRow - 1;
  const cells = index.row(head).filter((c) => c.text && !TARGET.test(normalizeText(c.text).trim()));
  const idCell = cells.find((c) => c.label?.role === 'name' && c.label.id);
  // The name is the heading's longest text: an id beside it (No.1, KPI①) is short.
  const names = cells.filter((c) => c !== idCell && !c.label && !c.period && !isNotAName(c.text));
  const nameCell = names.sort((x, y) => y.text.length - x.text.length)[0];
  if (!nameCell) return null;
  const clean = cleanName(nameCell.text);
  const id = idCell?.label?.id ?? clean.id ?? null;
  const ind = namedIndicator(grid.name, 'period-matrix', head, a1(nameCell.row, nameCell.col), id, clean);
  ind.wordsForDirection = [clean.name, clean.note ?? ''].join(' ');
  const period = yearAbove(index, head);
  const target = targetOn(grid, index, head, period);
  if (target) {
    ind.targets.push(withKind(target, 'target'));
    if (!ind.unit && target.parsed.status === 'value' && target.parsed.unit) [ind.unit, ind.unitCell] = [target.parsed.unit, target.cell];
  }
  const { figures } = lineBelow(grid, totalRow, cols);
  const last = figures.lastIndexOf(true);
  if (last < 0) return ind;
  const actual = point(grid, totalRow, cols[cols.length - 1], period);
  // A year whose last month has no figure is not closed: its running total so far is no year's actual.
  if (last < cols.length - 1) actual.parsed = { status: 'pending', text: grid.text(totalRow, cols[last]) };
  ind.actuals.push(actual);
  return ind;
}

/** Every such block on rows no other reader took; their rows are claimed. */
export function detectMonthlyBlocks(grid: Grid, index: CellIndex, consumed: Set<number>): RawIndicator[] {
  const out: RawIndicator[] = [];
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (consumed.has(row) || consumed.has(row - 1)) continue;
    const cols = monthColumns(index, row);
    if (!cols) continue;
    const lines = [1, 2, 3].map((d) => ({ row: row + d, ...lineBelow(grid, row + d, cols) })).filter((l) => !consumed.has(l.row));
    const total = lines.find((l) => RUNNING.test(l.label) && l.figures.some(Boolean));
    if (!total) continue;
    const ind = readBlock(grid, index, row, cols, total.row);
    if (!ind) continue;
    out.push(ind);
    for (let r = row - 1; r <= total.row; r++) consumed.add(r);
  }
  return out;
}
