/**
 * A target over the plan's whole term (「5年間の目標」「累計目標」, or figures written 「延べ 1,000人」「累計 10社」): its figure is a
 * running total, to be compared with the cumulative actual, never with one year's. Where the table's own header (up to a
 * blank spacer column or another table's name heading) has a total column (「累計」「累計（R3～R5）」「実績累計」, never a 合計
 * after cost columns such as 事業費), that column is the actual (dated as the latest year beside it) and the yearly columns
 * are its parts. Where it has none, the yearly columns stay and each indicator's reading is a guess naming the cells
 * (a single year graded against a cumulative target), never a silent grade; a percentage, rate or score is a level, no guess.
 */
import { a1 } from '../model/address';
import { isCumulativeTargetHeading } from '../values/labels';
import { compact, normalizeText } from '../values/text';
import { YEAR_COUNTER } from '../values/yearCounter';
import type { CellIndex } from './cells';
import type { Column } from './column';
import { cumulativeMarkedTarget, latestActualYear } from './cumulativeMarkedTarget';
import { headingText } from './cumulativeTwins';
import type { Grid } from './grid';
import { runningTotalPair, TERM_HEADING } from './runningTotalRow';
import { termPairBesideYears } from './termPairBesideYears';
import { termTotalActual } from './termTotalActual';
import type { RawIndicator, TargetPoint } from './types';
import { periodLedMark } from './periodLedMark';
import { totalOfOtherYear } from './otherYearTotal';

/**
 * A figure written as a running total: 「累計 10社」「延べ 1,000人」「5年間で延べ 50社」「延 12橋」「延人数 800人」. A bare 延
 * counts only before the figure or a count (人数, 件数…): 「延長 2.0km」「延床 500㎡」 are a length and a floor area.
 */
const CUMULATIVE_FIGURE = new RegExp(String.raw`^([0-9]+(${YEAR_COUNTER}年間?|年間)|計画期間|期間中)?[でにの]?(累計|延べ|延(?=[0-9]|[人件回日戸台]数))`);

/** A total heading, brackets (a period range) aside: 累計, 累計値, 累計実績, 実績累計, 実績の累計, 合計. */
const TOTAL_HEADING = /^((累計|合計|総計)(値|実績値?)?|実績値?の?(累計|合計)値?)$/;

/** Body rows looked at to tell a column's figures. */
const SAMPLE_ROWS = 30;

function bare(text: string): string {
  return compact(normalizeText(text)).replace(/\s/g, '');
}

/** Whether most filled cells under the heading are written as running totals (「延べ 1,000人」). */
function figuresCumulative(grid: Grid, col: number, from: number): boolean {
  let filled = 0;
  let cumulative = 0;
  for (let row = from; row <= Math.min(grid.bottom, from + SAMPLE_ROWS); row++) {
    const t = bare(grid.text(row, col));
    if (!t || !/[0-9]/.test(t)) continue;
    filled++;
    if (CUMULATIVE_FIGURE.test(t)) cumulative++;
  }
  return filled > 0 && cumulative * 2 >= filled;
}

/** Money headings (事業費, 予算額, 決算額, 千円): a 合計 after them sums a cost, never the indicator's years. */
const COST_HEADING = /事業費|予算|決算|執行額|[千万億]円/;

/** A percentage, rate or score (unit ％ / ポイント / 点, or 率): a level, never a running total. */
const LEVEL_UNIT = /^(%|ポイント|pt|点)$|率/i;

/** The table's own header columns around `from`: the run of headed columns, up to a blank spacer or another table's name column. */
function ownSpan(grid: Grid, band: number[], columns: Column[], from: number): [number, number] {
  const headed = (col: number) => band.some((row) => grid.text(row, col) !== '');
  const named = (col: number) => columns.some((c) => c.col === col && c.role === 'name');
  let [left, right] = [from, from];
  while (left > grid.left && !named(left) && headed(left - 1)) left--;
  while (right < grid.right && headed(right + 1) && !named(right + 1)) right++;
  return [left, right];
}

/** The column of the table's own header (around the column at `from`) holding the total, or undefined; a total of costs is none. */
export function totalColumn(grid: Grid, band: number[], columns: Column[], from: number): number | undefined {
  const [left, right] = ownSpan(grid, band, columns, from);
  let cost = false;
  for (let col = left; col <= right; col++) {
    const own = columns.find((c) => c.col === col);
    const heads = band.map((row) => bare(grid.text(row, col))).filter(Boolean);
    if (heads.some((h) => COST_HEADING.test(h))) cost = true;
    else if (own?.role === 'target' || (own?.role === 'actual' && own.period)) cost = false;
    if (cost || (own && !(own.role === 'derived' || (own.role === 'actual' && !own.period)))) continue;
    // 令和4年度実績 over 単年度 | 累計 beside 令和5年度's pair: that year's total, never the one read (otherYearTotal.ts).
    if (totalOfOtherYear(columns, col, from)) continue;
    const last = heads[heads.length - 1]?.replace(/[(（][^()（）]*[)）]/g, '');
    if (last && TOTAL_HEADING.test(last)) return col;
  }
  return undefined;
}

/** Marks a table's cumulative targets and reads its total column as the actual (in place in `columns`). */
export function cumulativeTargets(index: CellIndex, band: number[], columns: Column[]): void {
  const grid = index.grid;
  // 目標値（令和３～５年度累計） beside 累計実績（令和３～５年度）: the term's total is the actual (termTotalActual.ts).
  termTotalActual(grid, band, columns);
  const body = band[band.length - 1] + 1;
  const marked = columns.filter(
    (c) => c.role === 'target' && !c.period && (isCumulativeTargetHeading(headingText(grid, c.cells)) || figuresCumulative(grid, c.col, body)),
  );
  // 計画期間累計（R4～R6） over 目標 | 実績 beside each year's 目標 | 実績: the term's progress, derived (termPairBesideYears.ts).
  const targets = marked.length ? termPairBesideYears(grid, columns, marked) : marked;
  if (!targets.length) return;
  for (const c of targets) c.cumulative = true;
  const years = columns.filter((c) => c.role === 'actual' && c.period && !c.relative);
  const col = totalColumn(grid, band, columns, targets[0].col);
  if (col === undefined) return;
  const latest = years.reduce<Column | undefined>((a, c) => (!a || c.period!.fiscalYear > a.period!.fiscalYear ? c : a), undefined);
  const heads = band.map((row) => grid.anchor(row, col)).filter((a) => grid.text(a.row, a.col));
  const total: Column = { col, role: 'actual', cells: [...new Set(heads.map((a) => a1(a.row, a.col)))], cumulative: true };
  if (latest?.period) total.period = latest.period;
  for (const c of years) c.role = 'part';
  const own = columns.find((c) => c.col === col);
  if (own) Object.assign(own, total);
  else columns.splice(columns.filter((c) => c.col < col).length, 0, total);
}

/**
 * A row's own mark of a cumulative target in a 区分 cell beside its figures: 「累計（R3〜R7）」「延べ」「5年間累計」, and 「累積」
 * 「通算」 as 累計 (review rv73) (「単年度」 「年間」 are none); only an undated target is the term's.
 */
const ROW_MARK = new RegExp(`^([0-9]+${YEAR_COUNTER}?年間?の?)?(累計|累積|通算|延べ|計画期間(の|中の)?(累計|合計))`);

/**
 * Whether a row's mark says its figure is the running total itself (累計, 累積, 通算, 計画期間の累計, 5年間累計, 三年間累計: a
 * count of years in kanji too, review rv77); 延べ counts within a year.
 */
const RUNNING_TOTAL_MARK = new RegExp(`^([0-9一二三四五六七八九十]+${YEAR_COUNTER}?年間?の?)?(累計|累積|通算|計画期間)`);
export const marksRunningTotal = (mark: string): boolean => RUNNING_TOTAL_MARK.test(bare(mark));
const MARK_CHAR = /[累延計通\uF94F]/;

/** The row's own mark of its target as a running total, in a cell of no figure's column (目標の区分 | 累計（R3〜R7）); null when none. */
export function rowCumulativeMark(grid: Grid, r: number, columns: Column[]): string | null {
  const figures = new Set(columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col));
  const [lo, hi] = [Math.min(...columns.map((c) => c.col)), Math.max(...columns.map((c) => c.col))];
  for (let col = lo; col <= hi; col++) {
    if (figures.has(col)) continue;
    const text = grid.text(r, col);
    // Every mark holds 累, 延, 計 or 通 (ROW_MARK): a cell without them is not normalised to be asked.
    if (MARK_CHAR.test(text) && ROW_MARK.test(bare(periodLedMark(text)))) return periodLedMark(text);
  }
  return null;
}

const rowMarksCumulative = (grid: Grid, r: number, columns: Column[]) => rowCumulativeMark(grid, r, columns) !== null;

/** The columns of figures, names and remarks: a 累計 word in them is no mark of the target (「累計」 in 備考 says the whole indicator runs on). */
const FIGURE_ROLES = new Set(['target', 'expected', 'actual', 'baseline', 'name', 'derived', 'part', 'note', 'description']);

/**
 * A row of a table with a cumulative target (its column's heading or figures, or the row's own 区分 cell) and no total column:
 * its yearly actual graded against it is a guess, unless the row is the 累計 row of a 単年度 | 累計 pair (its figures the totals).
 * A 累計 row of such a pair not shown to total the term's years (counting from before them, review rv62) is graded against a
 * target over a run of years (「目標値（R1～R5累計）」) with the guess too, though the target is dated.
 */
export function singleYearAgainstTotal(grid: Grid, r: number, columns: Column[], ind: RawIndicator): void {
  if (columns.some((c) => c.cumulative && c.role === 'actual')) return;
  // 「60（3か年累計）」: the target's own cell marks it a running total, as a 区分 cell would (cumulativeMarkedTarget.ts).
  // Not where the latest year has a target of its own (目標 3 | 実績 2 under 令和５年度, 「12（累計）」 the final target's).
  const markedTarget = cumulativeMarkedTarget(ind.targets, latestActualYear(ind));
  const marked = markedTarget && !ownYearTarget(ind, markedTarget) ? markedTarget : null;
  const byRow = rowMarksCumulative(grid, r, columns) || marked !== null;
  if (!columns.some((c) => c.cumulative && c.role === 'target') && !byRow) return;
  if (isLevel(ind)) return;
  // The 累計 row beside its 単年度 twin holds the running totals themselves: the total against the total (runningTotalRow.ts).
  const pair = runningTotalPair(grid, r, columns, ind);
  if (pair === 'total') {
    ind.cumulative = true;
    return;
  }
  const overTerm = (col: number) => pair === 'unproven' && TERM_HEADING.test(headingText(grid, columns.find((c) => c.col === col)?.cells ?? []));
  const target =
    marked ??
    ind.targets.find((t) => t.parsed.status === 'value' && (columns.some((c) => c.cumulative && c.col === t.col) || (byRow && (!t.period || overTerm(t.col)))));
  const actuals = ind.actuals.filter((p) => p.parsed.status === 'value');
  if (!target || !actuals.length) return;
  // An actual written as the running total itself (「6社（累計）」) against a target marked so: the total against the total.
  if (marked && actuals.every((p) => /累計/.test(p.parsed.text))) return;
  // The 累計 row's own figures: a running total whose start is not shown, not a yearly actual (its own words, rv62).
  const reason = pair === 'unproven' ? 'cumulative-start-unknown' : 'cumulative-single-year';
  (ind.guesses ??= []).push({ reason, cells: [target.cell, ...actuals.map((p) => p.cell)] });
}

/** Whether the latest year with an actual figure has a target figure of its own, other than the marked one. */
function ownYearTarget(ind: RawIndicator, marked: TargetPoint): boolean {
  const years = ind.actuals.filter((p) => p.parsed.status === 'value' && p.period?.kind === 'fiscal').map((p) => p.period!.fiscalYear);
  const latest = years.length ? Math.max(...years) : null;
  return latest !== null && ind.targets.some((t) => t !== marked && t.parsed.status === 'value' && t.period?.fiscalYear === latest);
}

/** Whether the indicator is a level (its unit ％, ポイント, 点 or a rate, or its name ending in 率): never a running total. */
export function isLevel(ind: RawIndicator): boolean {
  const units = [ind.unit, ...ind.targets.map((t) => t.parsed.unit), ...ind.actuals.map((a) => a.parsed.unit)];
  return units.some((u) => !!u && LEVEL_UNIT.test(bare(u))) || /率$/.test(bare(ind.name));
}
