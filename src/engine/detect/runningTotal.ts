/**
 * A target over a stated run of years (「累計（R3〜R7）」 in the row's 区分 cell or the target's heading) beside one actual
 * column per year and no total column: the clerk adds the years up. Each year's actual becomes the running total from the
 * run's first year, when every year from it is filled (the cells summed are kept on the point, and said by an
 * `actual-running-total` finding). A gap, a run whose first year has no column, or a level (％, 率) leaves the yearly
 * figures as they are (cumulativeTarget.ts then flags the single year graded against the total).
 * Yearly figures that are running totals already are never added up (`yearlyReading`): the name or the actual's heading
 * says so (「新規就農者数（累計）」「実績（延べ）」) and they never fall, so the latest is the total, no guess; or, with no such
 * word, they never fall and the latest is already of the target's size while their sum would overshoot it (8, 17, 27, 36,
 * 45 against 50). Where either reading fits (rising figures near the target, or a 累計 name over falling ones) nothing is
 * added up and the single year stays flagged.
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

/** Words saying a figure is itself a running total: 累計, 延べ, 延 before a count (「延人数」). */
const RUNNING_WORD = /累計|延べ|延(?=[人件回日戸台]数)/;

/** A sum this share of the target or more overshoots it: no plan's yearly parts add up so far past their total. */
const OVERSHOOT = 1.5;
/** The latest figure this share of the target or more is of its size. */
const NEAR = 0.5;

/**
 * How the yearly figures (in year order) read against the run's target: 'parts' to add up, 'totals' when each is the running
 * total already, 'unclear' when either reading fits (no sum, the single year flagged).
 */
export function yearlyReading(named: boolean, values: number[], target: number | undefined): 'parts' | 'totals' | 'unclear' {
  const rising = values.every((v, i) => i === 0 || v >= values[i - 1]);
  if (named) return rising ? 'totals' : 'unclear';
  if (target === undefined || !(target > 0) || values.length < 2 || !rising) return 'parts';
  const last = values[values.length - 1];
  if (last < target * NEAR) return 'parts';
  const sum = values.reduce((a, v) => a + v, 0);
  return sum > target * OVERSHOOT && last <= target * OVERSHOOT ? 'totals' : 'unclear';
}

/** Whether the indicator's name or one of its yearly actuals' headings says the figures are running totals. */
function namedRunning(grid: Grid, columns: Column[], ind: RawIndicator): boolean {
  if (RUNNING_WORD.test(ind.name.normalize('NFKC'))) return true;
  const cols = new Set(ind.actuals.filter((p) => p.period?.kind === 'fiscal').map((p) => p.col));
  return columns.some((c) => cols.has(c.col) && RUNNING_WORD.test(headingText(grid, c.cells).normalize('NFKC')));
}

const figure = (p: Point | undefined) => (p?.parsed.status === 'value' && p.parsed.value !== undefined ? p.parsed.value : undefined);

/** The yearly actuals with a figure, in year order (forecasts aside). */
function yearly(ind: RawIndicator): Map<number, Point> {
  const byYear = new Map<number, Point>();
  for (const p of ind.actuals) if (p.period?.kind === 'fiscal' && !p.forecast) byYear.set(p.period.fiscalYear, p);
  return new Map([...byYear.entries()].sort(([a], [b]) => a - b));
}

/** The run's target figure: an undated target's or a cumulative column's. */
function runTarget(columns: Column[], ind: RawIndicator): number | undefined {
  const t = ind.targets.find((p) => figure(p) !== undefined && (!p.period || columns.some((c) => c.cumulative && c.col === p.col)));
  return figure(t);
}

/**
 * Replaces the indicator's yearly actuals by running totals over the stated run (in place); true when it did, or when they
 * are running totals already by their name or heading (the latest is the total: nothing to add up, nothing to flag).
 */
export function runningTotals(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  if (columns.some((c) => c.cumulative && c.role === 'actual') || isLevel(ind)) return false;
  const run = runOf(grid, r, columns, ind);
  if (!run) return false;
  const byYear = yearly(ind);
  const filled = [...byYear.entries()].filter(([, p]) => figure(p) !== undefined).map(([y]) => y);
  const values = filled.filter((y) => y >= run[0] && y <= run[1]).map((y) => figure(byYear.get(y))!);
  const reading = yearlyReading(namedRunning(grid, columns, ind), values, runTarget(columns, ind));
  if (reading === 'totals') ind.cumulative = true;
  if (reading !== 'parts') return reading === 'totals';
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
