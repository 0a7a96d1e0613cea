/**
 * The 累計 row of one measure counted two ways under its merged name (単年度 | 累計 in a 区分 cell of each row,
 * countingBasisRows.ts): its yearly figures are the running totals themselves, the 単年度 row beside it holding the year's
 * counts. Its latest year graded against a target over the term is the total against the total, never a single year
 * (cumulativeTarget.ts asks here before flagging). Only that pair: the name merged over exactly these two rows, the other
 * row marked 単年度 (年間, 各年度) in the same column and this one 累計 (通算); and only figures that never fall from year to
 * year, as a running total cannot. A 累計 mark with no 単年度 row beside it (目標の区分 | 累計) may speak of the target alone,
 * and falling figures are no running total: both stay flagged.
 */
import { countsTwoWays, SINGLE_YEAR } from './countingBasisRows';
import type { Column } from './column';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The roles of columns holding figures, names or remarks: never the 区分 column of the pair. */
const NOT_QUALIFIER = new Set(['target', 'expected', 'actual', 'baseline', 'name', 'derived', 'part', 'note', 'description']);

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)$/, '');

/** The other row under the name merged over row `r` and one more row, or null (no merge, or one over more rows). */
function twinRow(grid: Grid, r: number, columns: Column[]): number | null {
  const name = columns.find((c) => c.role === 'name');
  const m = name ? grid.merge(r, name.col) : null;
  if (!m || m.bottom - m.top !== 1) return null;
  return r === m.top ? m.bottom : m.top;
}

/** Whether row `r`'s own cell says 累計 where its twin's says 単年度, in a column of neither figures nor names. */
function markedTotalBesideYear(grid: Grid, r: number, twin: number, columns: Column[]): boolean {
  const [lo, hi] = [Math.min(...columns.map((c) => c.col)), Math.max(...columns.map((c) => c.col))];
  for (let col = lo; col <= hi; col++) {
    if (columns.some((c) => c.col === col && NOT_QUALIFIER.has(c.role))) continue;
    // Each row's own cell: one merged over both rows qualifies neither.
    if (grid.anchor(r, col).row !== r || grid.anchor(twin, col).row !== twin) continue;
    const [own, other] = [grid.text(r, col), grid.text(twin, col)];
    if (countsTwoWays(own, other) && SINGLE_YEAR.test(fold(other))) return true;
  }
  return false;
}

/** The row's yearly actual figures in year order (forecasts aside). */
function yearlyFigures(ind: RawIndicator): number[] {
  return ind.actuals
    .filter((p) => p.period?.kind === 'fiscal' && !p.forecast && p.parsed.status === 'value' && p.parsed.value !== undefined)
    .sort((a, b) => a.period!.fiscalYear - b.period!.fiscalYear)
    .map((p) => p.parsed.value!);
}

/**
 * Whether row `r` is the 累計 row of a 単年度 | 累計 pair under one merged name, its yearly figures (at least one) never
 * falling: they are the running totals the term's target is set against.
 */
export function isRunningTotalRow(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  const twin = twinRow(grid, r, columns);
  if (twin === null || !markedTotalBesideYear(grid, r, twin, columns)) return false;
  const values = yearlyFigures(ind);
  return values.length > 0 && values.every((v, i) => i === 0 || v >= values[i - 1]!);
}
