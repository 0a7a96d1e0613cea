/**
 * A row that totals the rows above it (観光入込客数（温泉地区） | 観光入込客数（市街地区） | 観光入込客数　計, or 利用者合計 under the
 * facilities' users) is a tally of the table, never an indicator. Known by its name and, where they can be compared, its
 * figures:
 * - a total word alone or after a space (「計」「合計」「小計」「総計」「観光入込客数　計」「計（3地区）」): a total unless its
 *   figures, compared with the rows right above it, are no sum of them (「受診率　計」 over rates is an indicator of its own);
 * - a total word closing a name (「利用者合計」「入込客数計」): a total only when its figures are the sum of the rows right above
 *   it, column by column. 計 ending another word (会計, 設計, 統計, 集計, 推計, 家計) or 累計 (a running total, an indicator) is
 *   none, nor is 計 inside a name (累計利用者数, 会計年度任用職員数, 合計特殊出生率).
 * A total that alone carries a target (its parts have actuals only) is the plan's indicator, not a tally: it stays.
 */
import { parseA1 } from '../model/address';
import type { Point, RawIndicator } from './types';

/** Brackets closing a name: its unit or whom it counts (（人）, （3地区）), no part of the total word. */
const TRAILING_BRACKET = /[(（［[【〔][^()（）［\]【】〔〕]*[)）］\]】〕]\s*$/;

/** A total word alone or after a space: 「計」「合計」「観光入込客数　計」. */
const SPACED_TOTAL = /(?:^|\s)(?:計|合計|小計|総計)$/;

/** A total word closing a name: 「利用者合計」「入込客数計」; never 累計 or a word ending in 計 (会計, 設計, 統計, 集計, 推計). */
const JOINED_TOTAL = /(?:合計|小計|総計|[^累会設統集推家時生主余早見概]計)$/;

/** The name without its closing brackets, spaces made plain (NFKC turns 「　」 into a space). */
function nameCore(name: string): string {
  let t = name.normalize('NFKC').trim();
  for (let i = 0; i < 3 && TRAILING_BRACKET.test(t); i++) t = t.replace(TRAILING_BRACKET, '').trim();
  return t;
}

/** How a name says it is a total: 'spaced' (a total word alone or after a space), 'joined' (closing the name), or null. */
export function totalNameKind(name: string): 'spaced' | 'joined' | null {
  const t = nameCore(name);
  if (SPACED_TOTAL.test(t)) return 'spaced';
  return JOINED_TOTAL.test(t) ? 'joined' : null;
}

type Lists = 'targets' | 'actuals' | 'baselines';
const LISTS: Lists[] = ['targets', 'actuals', 'baselines'];

/** A point's one number, if it holds one. */
function numberOf(p: Point | undefined): number | null {
  return p && p.parsed.status === 'value' && typeof p.parsed.value === 'number' ? p.parsed.value : null;
}

/** Whether `sum` is `value`, allowing for the rounding of each part (half a percent). */
function about(sum: number, value: number): boolean {
  return Math.abs(sum - value) <= Math.max(1e-9, Math.abs(value) * 0.005);
}

/**
 * Whether the total's figures are the sum of `parts` (the rows right above it), column by column: 'sum' when every figure
 * that can be compared (each part has a number in its column) is their sum, 'differs' when one is not, 'none' when none
 * can be compared.
 */
function sumOf(total: RawIndicator, parts: RawIndicator[]): 'sum' | 'differs' | 'none' {
  let compared = 0;
  for (const list of LISTS)
    for (const p of total[list]) {
      const v = numberOf(p);
      if (v === null) continue;
      const figures = parts.map((part) => numberOf(part[list].find((q) => q.col === p.col && q.row === sameRowOf(part, p, total))));
      if (figures.some((f) => f === null)) continue;
      if (
        !about(
          figures.reduce((s: number, f) => s + f!, 0),
          v,
        )
      )
        return 'differs';
      if (v !== 0) compared++;
    }
  return compared ? 'sum' : 'none';
}

/** The row of `part` matching the total's point `p`: the same offset from its first row (a target row and an actual row each). */
function sameRowOf(part: RawIndicator, p: Point, total: RawIndicator): number {
  return part.row + (p.row - total.row);
}

/**
 * Whether some run of two or more rows right above the total sums to it ('sum', with how many), none does ('differs'), or
 * none compares (the parts then taken as the two rows right above it).
 */
function sumsRowsAbove(total: RawIndicator, above: RawIndicator[]): { sums: 'sum' | 'differs' | 'none'; parts: number } {
  let seen: 'differs' | 'none' = 'none';
  for (let k = 2; k <= above.length; k++) {
    const r = sumOf(total, above.slice(above.length - k));
    if (r === 'sum') return { sums: 'sum', parts: k };
    if (r === 'differs') seen = 'differs';
  }
  return { sums: seen, parts: 2 };
}

/** Whether the indicator has a target figure. */
const hasTarget = (ind: RawIndicator) => ind.targets.some((p) => numberOf(p) !== null);

/**
 * A total carrying the target its parts lack (「観光入込客数　計」 with 900, its 地区 rows with actuals only): the plan's
 * indicator is the total, the parts its breakdown; the total stays an indicator (the parts too, as they are).
 */
function totalIsTheIndicator(total: RawIndicator, parts: RawIndicator[]): boolean {
  return parts.length > 0 && hasTarget(total) && !parts.some(hasTarget);
}

/** How many rows above a total are looked at: a table's parts, never a whole sheet. */
const MAX_PARTS = 30;

/**
 * The rows of `indicators` (in reading order) that total the rows right above them in the same table (the same sheet,
 * name column and layout): a spaced total word unless its figures are no sum of them, a joined one only when they are.
 */
export function totalRows(indicators: RawIndicator[]): Set<RawIndicator> {
  const out = new Set<RawIndicator>();
  const runs = new Map<string, RawIndicator[]>();
  for (const ind of indicators) {
    const key = `${ind.sheet}\u0000${parseA1(ind.nameCell)?.col ?? 0}\u0000${ind.layout}`;
    const run = runs.get(key) ?? [];
    runs.set(key, run);
    const kind = totalNameKind(ind.name);
    const { sums, parts } = kind ? sumsRowsAbove(ind, run.slice(-MAX_PARTS)) : { sums: 'none', parts: 0 };
    // A spaced total with no rows above it to total (the table's first row) names a whole of its own: an indicator.
    const total = (kind === 'spaced' && sums !== 'differs' && run.length >= 2) || (kind === 'joined' && sums === 'sum');
    if (total && !totalIsTheIndicator(ind, run.slice(-parts))) {
      out.add(ind);
      continue;
    }
    run.push(ind);
  }
  return out;
}

/** Takes the total rows out of `indicators` (in place), returning them. */
export function dropTotalRows(indicators: RawIndicator[]): RawIndicator[] {
  const totals = totalRows(indicators);
  if (!totals.size) return [];
  const kept = indicators.filter((ind) => !totals.has(ind));
  indicators.splice(0, indicators.length, ...kept);
  return [...totals];
}
