/**
 * Years as rows under a header whose lines are labelled in the period column, one indicator a column:
 *   区分         | 新規就農者数  | 観光入込客数
 *   単位         | 人            | 千人
 *   目標値（R6） | 50            | 450
 *   目標の考え方 | R2～R6の累計  | R6年度の年間値
 *   R2年度 … R6年度 (each year's figures)
 *   累計（R2～R5）| 40           | －
 * A 目指す方向 | ↑ | ↓ line among them states each column's way; a 集計期間 or 出典 line (yearRowsHeadLines.ts) is passed over.
 * The target line stands above the years (namedYearColumns.ts reads one at the foot). A column whose 目標の考え方 names a
 * total over a term (「R2～R6の累計」) compares its target with the 累計 line under the years, the actual of that line's last
 * year; with no such line it is not read (a sum the sheet does not write is no figure to grade). Any other column's actual is
 * each year's own figure.
 */
import { a1 } from '../model/address';
import { classifyLabel, parseDirection } from '../values/labels';
import type { Period } from '../values/periods';
import { writtenUnit } from '../values/units';
import { yearTerm } from '../values/yearTerm';
import type { CellIndex } from './cells';
import { point, withKind } from './common';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import type { RawIndicator } from './types';
import { namedIndicator } from './namedIndicator';
import { isColumnNoteRow } from './yearRowsHeadLines';

export interface YearRun {
  col: number;
  rows: { row: number; period: Period }[];
}

interface HeadLines {
  names: number;
  unit?: number;
  target: { row: number; role: 'target' | 'expected'; period?: Period };
  basis?: number;
  /** A line stating each column's way (目指す方向 | ↑ | ↓). */
  way?: number;
  /** Lines saying how each column is counted (集計期間, 出典: yearRowsHeadLines.ts), read by nothing. */
  notes: number[];
}

/** How many labelled lines may stand over the years. */
const REACH = 6;
/** The label of the names' line: a heading over the period column's labels (区分, 項目, 指標, 年度). */
const NAMES_LABEL = /^(区分|項目|指標名?|年度|KPI|成果指標)$/;
/** A basis naming a total over years (「R2～R6の累計」「累計」): the target is that total's. */
const TOTAL_BASIS = /累計|累積|合計|通算/;
/** The 累計 line's label under the years (累計, 累計（R2～R5）, 合計（令和2～5年度）). */
const TOTAL_LINE = /^(累計|累積|合計)/;

/** The labelled lines above the years, or null when they are not a names line, a target line and at most a unit and a basis line. */
function headLines(grid: Grid, run: YearRun): HeadLines | null {
  const first = run.rows[0].row;
  let unit: number | undefined;
  let basis: number | undefined;
  let way: number | undefined;
  const notes: number[] = [];
  let target: HeadLines['target'] | undefined;
  for (let r = first - 1; r >= Math.max(grid.top, first - REACH); r--) {
    const text = grid.text(r, run.col).replace(/\s+/g, '');
    if (!text) return null;
    if (NAMES_LABEL.test(text))
      return target ? { names: r, target, notes, ...(unit ? { unit } : {}), ...(basis ? { basis } : {}), ...(way ? { way } : {}) } : null;
    const label = classifyLabel(text);
    if (label?.role === 'unit' && unit === undefined) unit = r;
    else if (label?.role === 'direction' && /考え方/.test(text) && basis === undefined) basis = r;
    else if (label?.role === 'direction' && way === undefined) way = r;
    else if (isColumnNoteRow(grid, r, run.col)) notes.push(r);
    else if ((label?.role === 'target' || label?.role === 'expected') && !target)
      target = { row: r, role: label.role, ...(label.period ? { period: label.period } : {}) };
    else return null;
  }
  return null;
}

/** The 累計 line under the years (a blank row between allowed), with the last year its label names, if any. */
function totalLine(grid: Grid, run: YearRun): { row: number; to?: Period } | null {
  const last = run.rows[run.rows.length - 1].row;
  for (let r = last + 1; r <= last + 2 && r <= grid.bottom; r++) {
    const text = grid.text(r, run.col).replace(/\s+/g, '');
    if (!TOTAL_LINE.test(text)) continue;
    const term = yearTerm(text);
    return { row: r, ...(term ? { to: term.to } : {}) };
  }
  return null;
}

/** The year a total line runs to: the one its label names, else the last year with a figure in the column. */
function totalYear(grid: Grid, run: YearRun, col: number, to: Period | undefined): Period | undefined {
  if (to) return to;
  const filled = run.rows.filter((y) => grid.text(y.row, col).trim() !== '');
  return filled[filled.length - 1]?.period;
}

/**
 * The indicators of a years-as-rows table whose target line stands above the years, labelled in the period column
 * (`run`: the years down that column), or null when its header is no such lines. `rows` the rows read, for the caller to claim.
 */
export function readHeadTargetRows(grid: Grid, index: CellIndex, run: YearRun): { indicators: RawIndicator[]; rows: number[] } | null {
  const head = headLines(grid, run);
  if (!head) return null;
  const total = totalLine(grid, run);
  const indicators: RawIndicator[] = [];
  for (const c of index.row(head.names)) {
    if (c.col <= run.col || c.label || c.period || !c.text) continue;
    const clean = cleanName(grid.fullText(head.names, c.col));
    if (!clean.name || isNotAName(clean.name)) continue;
    const target = point(grid, head.target.row, c.col, head.target.period);
    if (target.parsed.value === null) continue;
    const basis = head.basis === undefined ? '' : grid.text(head.basis, c.col);
    const ofTotal = TOTAL_BASIS.test(basis);
    if (ofTotal && !total) continue;
    const ind = newIndicator(grid, clean, head.names, c.col);
    const unit = head.unit === undefined ? '' : grid.text(head.unit, c.col).trim();
    if (unit) [ind.unit, ind.unitCell] = [writtenUnit(unit), a1(head.unit!, c.col)];
    ind.targets.push(withKind(target, head.target.role));
    const way = head.way === undefined ? null : parseDirection(grid.text(head.way, c.col));
    if (way) ind.statedDirection = { value: way, cell: a1(head.way!, c.col), text: grid.text(head.way!, c.col).trim() };
    if (ofTotal && total) {
      ind.cumulative = true;
      ind.actuals.push(point(grid, total.row, c.col, totalYear(grid, run, c.col, total.to)));
    } else for (const y of run.rows) ind.actuals.push(point(grid, y.row, c.col, y.period));
    indicators.push(ind);
  }
  if (!indicators.length) return null;
  const heads = [head.names, head.unit, head.target.row, head.basis, head.way, ...head.notes].filter((r): r is number => r !== undefined);
  return { indicators, rows: [...heads, ...run.rows.map((y) => y.row), ...(total ? [total.row] : [])] };
}

function newIndicator(grid: Grid, clean: ReturnType<typeof cleanName>, row: number, col: number): RawIndicator {
  return namedIndicator(grid.name, 'year-rows', clean, row, a1(row, col));
}
