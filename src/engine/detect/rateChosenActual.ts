/**
 * Two actual rows in one indicator's block (a 実績（単年度） row and a 実績（累計） row): which one the sheet grades.
 * A 達成率 row of the block is the sheet's own evidence: the actual that reproduces it (actual ÷ target, to the
 * rate's shown precision) is the graded one, the other is derived. Without such evidence the choice stays open.
 */
import type { Grid } from './grid';
import { parseValue } from '../values/values';
import { a1 } from '../model/address';
import type { RawIndicator } from './types';

/** The label of a row giving actual ÷ target (never 前年比, 増減 or 合計: other derived rows). */
const RATE_LABEL = /^(目標)?(達成率|達成割合|進捗率)/;

export interface RateRowsInput {
  grid: Grid;
  /** The block's first and last series rows, and the column of their labels. */
  first: number;
  last: number;
  labelCol: number;
  /** The period columns of the block. */
  cols: readonly number[];
  /** The block's target row, and the candidate actual rows. */
  targetRow: number;
  actualRows: readonly number[];
}

/** The rate row of the block: labelled 達成率 (or alike) in the label column, between its first series row and the row after its last. */
export function rateRow(grid: Grid, first: number, last: number, labelCol: number): number | null {
  for (let r = first; r <= last + 1 && r <= grid.bottom; r++) if (RATE_LABEL.test(grid.text(r, labelCol).replace(/\s/g, ''))) return r;
  return null;
}

function numberAt(grid: Grid, row: number, col: number): { value: number; decimals: number | null } | null {
  const raw = grid.raw(row, col);
  const p = parseValue(raw, grid.numberFormat(row, col));
  if (p.status !== 'value' || p.value === undefined) return null;
  const shown = typeof raw === 'string' ? /[.．](\d+)/.exec(raw) : null;
  return { value: p.value, decimals: typeof raw === 'string' ? (shown ? shown[1].length : 0) : null };
}

/** Whether actual ÷ target gives the stated rate (in % or as a fraction), to the rate's shown precision. */
export function reproduces(actual: number, target: number, rate: { value: number; decimals: number | null }): boolean {
  if (target === 0) return false;
  const pct = (actual / target) * 100;
  const tol = rate.decimals === null ? 0.051 : 0.5 * 10 ** -rate.decimals + 1e-9;
  if (Math.abs(pct - rate.value) <= tol) return true;
  return rate.value <= 3 && Math.abs(pct - rate.value * 100) <= Math.max(tol * 100, 0.051);
}

/**
 * The actual row the block's 達成率 row confirms: in each period column where exactly one candidate reproduces the rate,
 * that candidate gets the column (where both hold the same figure, as a first year's 単年度 and 累計 do, neither does);
 * the row that gets every such column, or null without a rate row or when the columns do not single one out.
 */
export function rateChosenActual(input: RateRowsInput): number | null {
  const { grid, targetRow, actualRows, cols } = input;
  const rateAt = rateRow(grid, input.first, input.last, input.labelCol);
  if (rateAt === null || actualRows.length < 2) return null;
  const won = new Set<number>();
  for (const col of cols) {
    const rate = numberAt(grid, rateAt, col);
    const t = numberAt(grid, targetRow, col);
    if (!rate || !t) continue;
    const hits = actualRows.filter((row) => {
      const a = numberAt(grid, row, col);
      return !!a && reproduces(a.value, t.value, rate);
    });
    if (hits.length === 1) won.add(hits[0]);
  }
  return won.size === 1 ? [...won][0] : null;
}

interface SeriesLine {
  row: number;
  role: string;
  labelCol: number;
  pair?: unknown;
}

/**
 * The series rows to leave unread, given the 累計 twins (cumulativeTwins.ts): where the block's 達成率 row confirms one
 * actual row, every other actual row is left instead; where it confirms none and the indicator is itself cumulative
 * (named 累計), the plain row stays read and the choice is a guess naming both rows' labels (not where the targets being
 * 累計 already keep the 累計 row: the row read is the cumulative indicator's own).
 */
export function unreadByRate<T extends SeriesLine>(
  grid: Grid,
  series: readonly T[],
  twins: Set<T>,
  cols: readonly number[],
  ind: Pick<RawIndicator, 'cumulative' | 'guesses'>,
): Set<T> {
  const actuals = series.filter((s) => s.role === 'actual' && !s.pair);
  if (!actuals.some((s) => twins.has(s)) || actuals.length < 2) return twins;
  const target = series.find((s) => s.role === 'target' && !s.pair) ?? series.find((s) => s.role === 'expected' && !s.pair);
  const rows = series.map((s) => s.row);
  const chosen = target
    ? rateChosenActual({
        grid,
        first: Math.min(...rows),
        last: Math.max(...rows),
        labelCol: actuals[0].labelCol,
        cols,
        targetRow: target.row,
        actualRows: actuals.map((s) => s.row),
      })
    : null;
  if (chosen !== null) return new Set([...[...twins].filter((s) => s.role !== 'actual'), ...actuals.filter((s) => s.row !== chosen)]);
  // Where the twins already keep the 累計 row (the targets being 累計 themselves), the row read agrees with the indicator.
  const plainRead = actuals.some((s) => !twins.has(s) && !/累計/.test(grid.text(s.row, s.labelCol)));
  if (ind.cumulative && plainRead) (ind.guesses ??= []).push({ reason: 'column-chosen', cells: actuals.map((s) => a1(s.row, s.labelCol)) });
  return twins;
}
