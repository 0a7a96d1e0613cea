/**
 * A year's record by months whose rows come in 計画 / 実績 pairs told apart by a 区分 column (体験メニュー | 区分 | 単位 | 4月 … 3月 |
 * 年間計 | 備考): the total right after the twelve months is the year's figure of each line, the plan's total its target and the
 * record's its actual, and that column is the lines' axis, dated by the year the sheet's title or stated period gives
 * (「令和５年度 農業体験事業 月別実施状況」), read as a period column of that year would be (periodAxes.ts).
 * Guards: a sheet stating no fiscal year; months that are not the fiscal year's twelve, 4月 to 3月, side by side; a total heading
 * not right after 3月 or not a plain total (年間計, 年度計, 合計, 計: no 累計, average or 3月末 count); a 区分 column without two
 * rows each of plans and actuals; and any line whose total is not the sum of its months (a formula summing another range, or a
 * figure that is no sum: an average, a year-end count) — then the table is left unread, never read at a total that is no total.
 * Narrowed by review rv80 (items 2, 4, 7): a caption above the heading naming another year than the sheet's (「【令和6年度】（12月末
 * 現在）」「【参考】令和4年度」, monthsTableCaption.ts) is that year's record; a 区分 line naming another period (前年度実績, 前年同月,
 * R4実績) or a name with two plan or two actual lines makes the lines no pair; two tables of the same line names are read only
 * where one alone is captioned with the sheet's year, else neither (nothing dates them apart). Review rv81 item 3: a table
 * captioned with the sheet's year may hold one 計画 / 実績 pair (one menu), the caption dating it as the second pair would not.
 */
import type { Period } from '../values/periods';
import { normalizeText } from '../values/text';
import { parseValue } from '../values/values';
import { parseA1 } from '../model/address';
import type { Run } from './blockTypes';
import type { CellIndex, IndexedCell } from './cells';
import { pairsBelow } from './undatedSeriesColumn';
import { monthsTableCaption } from './monthsTableCaption';

/** A fiscal year's months in order, 4月 first. */
const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
/** A month heading alone: 「4月」「１２月」. */
const MONTH = /^(\d{1,2})月$/;
/** A plain total of the year's months. */
const TOTAL = /^(年間計|年度計|年間合計|年度合計|合計|計)$/;
/** A sum over one range on a row: =SUM(D4:O4). */
const SUM = /^=?\s*SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)$/i;
/** How far down the lines are checked. */
const REACH = 60;

const compact = (text: string) => normalizeText(text).replace(/\s+/g, '');

/** The twelve month cells of the row, 4月 to 3月 side by side, or null. */
export function fiscalMonths(cells: IndexedCell[]): IndexedCell[] | null {
  const months = cells.filter((c) => MONTH.test(compact(c.text)));
  if (months.length !== FISCAL_MONTHS.length) return null;
  const inOrder = months.every((c, i) => Number(MONTH.exec(compact(c.text))![1]) === FISCAL_MONTHS[i] && (i === 0 || c.col === months[i - 1].right + 1));
  return inOrder ? months : null;
}

/** A line's figure in a column: a number, or null (blank, 中止, text). */
function figure(index: CellIndex, row: number, col: number): number | null {
  const p = parseValue(index.grid.value(row, col));
  return p.status === 'value' && typeof p.value === 'number' ? p.value : null;
}

/** Whether the line's total is its months' sum: a SUM over exactly those months on the row, or a figure equal to their sum. */
export function totalsItsMonths(index: CellIndex, row: number, first: number, last: number, total: number): boolean {
  const formula = index.grid.formula(row, total);
  const m = formula ? SUM.exec(formula.trim()) : null;
  if (m) {
    const [from, to] = [parseA1(`${m[1]}${m[2]}`), parseA1(`${m[3]}${m[4]}`)];
    return !!from && !!to && from.row === row && to.row === row && from.col === first && to.col === last;
  }
  const value = figure(index, row, total);
  if (value === null) return false;
  let sum = 0;
  for (let c = first; c <= last; c++) sum += figure(index, row, c) ?? 0;
  return Math.abs(sum - value) < 1e-9 * Math.max(1, Math.abs(value));
}

/** The 区分 column's lines under the heading row (a plan or an actual label each), up to the first other cell in it. */
function linesBelow(index: CellIndex, row: number, col: number): number[] {
  const rows: number[] = [];
  for (let r = row + 1; r <= row + REACH && index.rows.has(r); r++) {
    const role = index.at(r, col)?.label?.role;
    if (role === 'target' || role === 'expected' || role === 'actual') rows.push(r);
    else if (index.at(r, col)) break;
  }
  return rows;
}

/** A 区分 line naming another period than the sheet's year: 前年度実績, 前年同月, 昨年度, R4実績. */
function otherPeriodLine(index: CellIndex, row: number, col: number, year: number): boolean {
  const cell = index.at(row, col);
  const label = cell?.label;
  if (!cell || /前年|昨年|前月/.test(compact(cell.text))) return !!cell;
  return !!label && (label.relative !== undefined || (!!label.period && label.period.fiscalYear !== year));
}

/** Whether every name (merged down the column left of 区分) has one plan line and one actual line at most, none of another period. */
function onePairEach(index: CellIndex, lines: number[], col: number, year: number): boolean {
  if (lines.some((r) => otherPeriodLine(index, r, col, year))) return false;
  const counts = new Map<string, number>();
  for (const r of lines) {
    const a = col > 1 ? index.grid.anchor(r, col - 1) : { row: r, col };
    const kind = index.at(r, col)?.label?.role === 'actual' ? 'actual' : 'plan';
    const key = `${a.row}:${a.col}:${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()].every((n) => n === 1);
}

interface MonthsTable {
  run: Run;
  names: Set<string>;
  ownYear: boolean;
}

/** Tables sharing a line name: kept only where exactly one of them is captioned with the sheet's year. */
function datedApart(tables: MonthsTable[]): Run[] {
  const shares = (t: MonthsTable) => tables.filter((o) => o !== t && [...o.names].some((n) => t.names.has(n)));
  return tables
    .filter((t) => {
      const others = shares(t);
      return !others.length || (t.ownYear && !others.some((o) => o.ownYear));
    })
    .map((t) => t.run);
}

/** The heading rows of such records, each as a run of one column (the months' total) dated `period`; none when the sheet states no year. */
export function monthsTotalRuns(index: CellIndex, period: Period | undefined): Run[] {
  if (!period || period.kind !== 'fiscal') return [];
  const tables: MonthsTable[] = [];
  for (const [row, cells] of index.rows) {
    const category = cells.find((c) => c.label?.role === 'category');
    const months = category ? fiscalMonths(cells) : null;
    if (!category || !months || category.col > months[0].col) continue;
    const last = months[months.length - 1];
    const total = cells.find((c) => c.col === last.right + 1);
    if (!total || total.period || !TOTAL.test(compact(total.text))) continue;
    const caption = monthsTableCaption(index, row);
    if (caption?.fiscalYear != null && caption.fiscalYear !== period.fiscalYear) continue;
    if (!pairsBelow(index, row, category.col, caption?.fiscalYear === period.fiscalYear ? 1 : 2)) continue;
    const lines = linesBelow(index, row, category.col);
    if (!onePairEach(index, lines, category.col, period.fiscalYear)) continue;
    if (!lines.every((r) => totalsItsMonths(index, r, months[0].col, last.right, total.col))) continue;
    const names = new Set(lines.map((r) => (category.col > 1 ? compact(index.grid.text(r, category.col - 1)) : '')).filter((n) => n));
    const run = { row, cells: [{ col: total.col, period, baseline: false }], start: total.col, end: total.right };
    tables.push({ run, names, ownYear: caption?.fiscalYear === period.fiscalYear });
  }
  return datedApart(tables);
}
