/**
 * A target over a stated run of years (「累計（R3〜R7）」 in the row's 区分 cell or the target's heading) beside one actual
 * column per year and no total column: the clerk adds the years up. Each year's actual becomes the running total from the
 * run's first year, when every year from it is filled (the cells summed are kept on the point, and said by an
 * `actual-running-total` finding). A gap, a run whose first year has no column, or a level (％, 率) leaves the yearly
 * figures as they are (cumulativeTarget.ts then flags the single year graded against the total).
 */
import { headingText } from './cumulativeTwins';
import { isLevel, rowCumulativeMark } from './cumulativeTarget';
import type { Column } from './column';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';
import { compactForPeriod, findPeriod } from '../values/periods';

/** The fiscal years a text's run names (「累計（R3〜R7）」「令和3年度～令和7年度の合計」): first and last, or null. */
export function statedRun(text: string): [number, number] | null {
  const t = compactForPeriod(text);
  const first = findPeriod(t);
  if (!first || first.period.kind !== 'fiscal') return null;
  const rest = t.slice(first.index + first.length);
  const sep = /^[^〜～~\-－―]{0,3}?([〜～~\-－―]|から)/.exec(rest);
  if (!sep) return null;
  const last = findPeriod(rest.slice(sep[0].length));
  if (!last || last.period.kind !== 'fiscal' || last.period.fiscalYear < first.period.fiscalYear) return null;
  return [first.period.fiscalYear, last.period.fiscalYear];
}

/** The run of years the row's mark or the cumulative target's heading states, or null. */
function runOf(grid: Grid, r: number, columns: Column[], ind: RawIndicator): [number, number] | null {
  const mark = rowCumulativeMark(grid, r, columns);
  if (mark) return statedRun(mark);
  const target = columns.find((c) => c.cumulative && c.role === 'target' && ind.targets.some((t) => t.col === c.col));
  return target ? statedRun(headingText(grid, target.cells)) : null;
}

const figure = (p: Point | undefined) => (p?.parsed.status === 'value' && p.parsed.value !== undefined ? p.parsed.value : undefined);

/** Replaces the indicator's yearly actuals by running totals over the stated run (in place); true when it did. */
export function runningTotals(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  if (columns.some((c) => c.cumulative && c.role === 'actual') || isLevel(ind)) return false;
  const run = runOf(grid, r, columns, ind);
  if (!run) return false;
  const byYear = new Map<number, Point>();
  for (const p of ind.actuals) if (p.period?.kind === 'fiscal' && !p.forecast) byYear.set(p.period.fiscalYear, p);
  const filled = [...byYear.entries()].filter(([, p]) => figure(p) !== undefined).map(([y]) => y);
  if (!byYear.has(run[0]) || !filled.length) return false;
  const last = Math.min(Math.max(...filled), run[1]);
  for (let y = run[0]; y <= last; y++) if (figure(byYear.get(y)) === undefined) return false;
  let total = 0;
  const cells: string[] = [];
  for (let y = run[0]; y <= last; y++) {
    const p = byYear.get(y)!;
    total = Math.round((total + figure(p)!) * 1e9) / 1e9;
    cells.push(p.cell);
    if (y === run[0]) continue;
    p.parsed = { ...p.parsed, status: 'value', value: total, measures: undefined, ambiguous: undefined } as Point['parsed'];
    p.runningTotalOf = [...cells];
  }
  ind.cumulative = true;
  return true;
}
