/**
 * The 累計 row of one measure counted two ways under its merged name (単年度 | 累計 in a 区分 cell of each row,
 * countingBasisRows.ts): its yearly figures are the running totals themselves, the 単年度 row beside it holding the year's
 * counts. Its latest year graded against a target over the term is the total against the total, never a single year
 * (cumulativeTarget.ts asks here before flagging). Only that pair: the name merged over exactly these two rows, the other
 * row marked 単年度 (年間, 各年度) in the same column and this one 累計 (通算); and only figures that never fall from year to
 * year, as a running total cannot. A 累計 mark with no 単年度 row beside it (目標の区分 | 累計) may speak of the target alone,
 * and falling figures are no running total: both stay flagged. And only a total that provably starts in the table's first
 * year (its first figure the 単年度 row's, each later one the one before plus that year's, within rounding): a 累計 counting
 * from before the term (1200, 1228, 1243 beside 32, 28, 15; 「累計（H20～）」) is no total of the term's years (review rv62),
 * and its single year graded against the term's target stays a guess. Unless the target is the row's own under a heading naming
 * no run of years (plain 目標値, 令和7年度目標) and above its first total, and each later total is the one before plus that
 * year's: the row's figures and its target are then the same running total, whenever it started (医師修学資金 25, 30, 37
 * beside 6, 5, 7 against 50); a heading over a run of years (「目標値（R1～R5累計）」「計画期間の累計」) keeps the guess. So too,
 * a year's pair or several, when the pair's own target is itself written as a running total naming no years (「260（累計）」
 * over 単年度 38 | 累計 251, the 備考 saying 「H27からの累計」): a total against a total; a target 「260（R3～R7累計）」, a heading
 * naming a run of years, falling totals or, over several years, totals not adding up keep the guess.
 */
import { findPeriod } from '../values/periods';
import { writtenAsRunningTotal } from '../values/figureCumulativeMark';
import { parseValue } from '../values/values';
import { bare, countsTwoWays, SINGLE_YEAR } from './countingBasisRows';
import type { Column } from './column';
import { headingText } from './cumulativeTwins';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

/** A heading naming a run of years or the term (「目標値（R1～R5累計）」「5年間の目標」): a target over them, though dated. */
export const TERM_HEADING = /累計|延べ|期間|年間|[～〜~]/;

/** The roles of columns holding figures, names or remarks: never the 区分 column of the pair. */
const NOT_QUALIFIER = new Set(['target', 'expected', 'actual', 'baseline', 'name', 'derived', 'part', 'note', 'description']);

/** The other row under the name merged over row `r` and one more row, or null (no merge, or one over more rows). */
function twinRow(grid: Grid, r: number, columns: Column[]): number | null {
  const name = columns.find((c) => c.role === 'name');
  const m = name ? grid.merge(r, name.col) : null;
  if (!m || m.bottom - m.top !== 1) return null;
  return r === m.top ? m.bottom : m.top;
}

/** Row `r`'s own cell saying 累計 where its twin's says 単年度, in a column of neither figures nor names: its text, or null. */
function markedTotalBesideYear(grid: Grid, r: number, twin: number, columns: Column[]): string | null {
  const [lo, hi] = [Math.min(...columns.map((c) => c.col)), Math.max(...columns.map((c) => c.col))];
  for (let col = lo; col <= hi; col++) {
    if (columns.some((c) => c.col === col && NOT_QUALIFIER.has(c.role))) continue;
    // Each row's own cell: one merged over both rows qualifies neither.
    if (grid.anchor(r, col).row !== r || grid.anchor(twin, col).row !== twin) continue;
    const [own, other] = [grid.text(r, col), grid.text(twin, col)];
    if (countsTwoWays(own, other) && SINGLE_YEAR.test(bare(other))) return own;
  }
  return null;
}

/** The row's yearly actuals in year order (forecasts aside). */
function yearlyActuals(ind: RawIndicator): Point[] {
  return ind.actuals
    .filter((p) => p.period?.kind === 'fiscal' && !p.forecast && p.parsed.status === 'value' && p.parsed.value !== undefined)
    .sort((a, b) => a.period!.fiscalYear - b.period!.fiscalYear);
}

/** The mark brackets a start before the table's first year (「累計（H20～）」 over H30 … R2): a total from before the term. */
function startsEarlier(mark: string, firstYear: number): boolean {
  const bracket = /\(([^()]*)\)$/.exec(mark.normalize('NFKC').replace(/\s+/g, ''));
  const start = bracket ? findPeriod(bracket[1]!) : null;
  return !!start && start.period.fiscalYear < firstYear;
}

/** Digits after the point, the finest place a figure is written to (rounding allowed one unit of it). */
const places = (v: number) => (String(v).split('.')[1] ?? '').length;

/**
 * Whether the totals add up the twin row's yearly figures from the first year: the first total that year's figure, each
 * later one the one before plus that year's (within rounding). A blank or worded twin figure proves nothing.
 */
function sumsTwinFromFirstYear(grid: Grid, twin: number, totals: Point[], fromBefore = false): boolean {
  const singles = totals.map((p) => parseValue(grid.value(twin, p.col), grid.numberFormat(twin, p.col)));
  if (singles.some((s) => s.status !== 'value' || s.value === undefined)) return false;
  return totals.every((p, i) => {
    const [total, single] = [p.parsed.value!, singles[i]!.value!];
    if (i === 0 && fromBefore) return true;
    const expected = i === 0 ? single : totals[i - 1]!.parsed.value! + single;
    const tolerance = 10 ** -Math.max(places(total), places(single)) + 1e-9;
    return Math.abs(total - expected) <= tolerance;
  });
}

/**
 * Row `r` as the 累計 row of a 単年度 | 累計 pair under one merged name: 'total' when its yearly figures (at least one) are the
 * running totals of the twin's from the table's first year on (never falling, as they add up), the totals the term's target is
 * set against; 'unproven' when they are not shown to be (falling, a total counting from before the table's first year, its
 * mark's bracket saying so or its figures); null when the row is no such 累計 row.
 */
export function runningTotalPair(grid: Grid, r: number, columns: Column[], ind: RawIndicator): 'total' | 'unproven' | null {
  const twin = twinRow(grid, r, columns);
  const mark = twin === null ? null : markedTotalBesideYear(grid, r, twin, columns);
  if (twin === null || mark === null) return null;
  const totals = yearlyActuals(ind);
  const values = totals.map((p) => p.parsed.value!);
  if (values.some((v, i) => i > 0 && v < values[i - 1]!)) return 'unproven';
  // 「260（累計）」 over the pair, a plain heading above it: the target is a total as the row's is, from the same start.
  if (targetMarkedTotal(grid, columns, ind, [r, twin]) && (totals.length < 2 || sumsTwinFromFirstYear(grid, twin, totals, true))) return 'total';
  if (!values.length) return 'unproven';
  if (!startsEarlier(mark, totals[0]!.period!.fiscalYear) && sumsTwinFromFirstYear(grid, twin, totals)) return 'total';
  return ownTotalTarget(grid, columns, ind, values[0]!) && totals.length > 1 && sumsTwinFromFirstYear(grid, twin, totals, true) ? 'total' : 'unproven';
}

/** The row's first target figure and whether its column's heading names no run of years (plain 目標値, 令和7年度目標). */
function plainTarget(grid: Grid, columns: Column[], ind: RawIndicator): { target: RawIndicator['targets'][number]; plain: boolean } | null {
  const target = ind.targets.find((t) => t.parsed.status === 'value' && t.parsed.value !== undefined);
  const column = target && columns.find((c) => c.col === target.col);
  return target && column ? { target, plain: !TERM_HEADING.test(headingText(grid, column.cells)) } : null;
}

/**
 * The pair's own target (on either row, or merged over both) written as a running total naming no years (「260（累計）」,
 * figureCumulativeMark.ts) under a heading naming no run of years either: the same total as the 累計 row's, whenever it started.
 */
function targetMarkedTotal(grid: Grid, columns: Column[], ind: RawIndicator, rows: number[]): boolean {
  const own = plainTarget(grid, columns, ind);
  if (!own?.plain || !rows.includes(grid.anchor(own.target.row, own.target.col).row)) return false;
  return writtenAsRunningTotal(grid.fullText(own.target.row, own.target.col));
}

/** The row's own target figure under a heading naming no run of years, above the row's first total (not met before the table). */
function ownTotalTarget(grid: Grid, columns: Column[], ind: RawIndicator, firstTotal: number): boolean {
  const own = plainTarget(grid, columns, ind);
  return !!own?.plain && own.target.parsed.value! > firstTotal;
}
