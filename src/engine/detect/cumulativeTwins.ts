/**
 * A 累計 figure beside the yearly one it sums: 「実績」 and 「実績（累計）」 columns under one year, or a 実績 row and a
 * 実績（累計） row in one indicator's block. The running total is derived, never the year's actual (nor its target):
 * where the same measure of the same period stands once plain and once as 累計, the 累計 one is not read. A measure
 * that stands only as 累計 is the indicator's own figure (a cumulative indicator) and stays. Where the targets themselves
 * are written as 累計 (目標値（累計） over 実績値（単年度） and 実績値（累計）), the running total is what the target is set
 * against: the 累計 twin is the figure read and the plain (single-year) one is left unread instead.
 */
import { parseA1 } from '../model/address';
import type { Grid } from './grid';

const CUMULATIVE = /累計/;

/**
 * The items to leave unread: each 累計 one whose key (measure and period) a plain one also has; or, when every target
 * among the items (`isTarget`) is written as 累計, or the sheet says the grade is taken on the 累計 (`preferCumulative`), each
 * plain one whose key a 累計 one also has.
 */
export function cumulativeTwins<T>(
  items: readonly T[],
  key: (item: T) => string | null,
  text: (item: T) => string,
  isTarget?: (item: T) => boolean,
  preferCumulative = false,
): Set<T> {
  const out = new Set<T>();
  const keys = items.map(key);
  // A twin needs another item of its key: where every key stands once (nearly always), no text is read.
  if (!sharesKey(keys)) return out;
  const cumulative = items.map((item) => CUMULATIVE.test(text(item)));
  const targets = isTarget ? items.flatMap((item, i) => (isTarget(item) ? [i] : [])) : [];
  // 目標値（累計） and no plain target: the 累計 actual is the one compared, the single-year one its part.
  // A sheet saying the grade is on the 累計 keeps it only where a target and an actual both have their 累計 twin: a 累計 actual
  // alone is never set against a single year's target (review rv52).
  const twinned = (want: boolean) =>
    items.some((_, i) => cumulative[i] && targets.includes(i) === want && keys[i] !== null && keys.some((k, j) => j !== i && !cumulative[j] && k === keys[i]));
  const prefer = preferCumulative && targets.length > 0 && twinned(true) && twinned(false);
  const keepCumulative = prefer || (targets.length > 0 && targets.every((i) => cumulative[i]));
  const kept = new Set<string>();
  items.forEach((_, i) => {
    const k = keys[i];
    if (k !== null && cumulative[i] === keepCumulative) kept.add(k);
  });
  items.forEach((item, i) => {
    const k = keys[i];
    if (k !== null && kept.has(k) && cumulative[i] !== keepCumulative) out.add(item);
  });
  return out;
}

/** A line's label without its 累計 / 単年度 qualifier: 「実績値（累計）」「実績値（単年度）」 are both 実績値. */
const QUALIFIER = /[(（[［]?\s*(?:累計|単年度|年度単位|単年)\s*[)）\]］]?/g;

/**
 * Whether two lines of one block are the same measure once plain (or 単年度) and once as 累計: twins of one indicator, so the
 * second does not start another indicator as a repeated measure would (実績値（単年度） over 実績値（累計）).
 */
export function isCumulativeTwinLine(a: string, b: string): boolean {
  if (CUMULATIVE.test(a) === CUMULATIVE.test(b)) return false;
  const bare = (t: string) => t.replace(/\s+/g, '').replace(QUALIFIER, '');
  return bare(a) !== '' && bare(a) === bare(b);
}

/** Whether two of the keys (null ones aside) are the same. */
export function sharesKey(keys: readonly (string | null)[]): boolean {
  const seen = new Set<string>();
  for (const k of keys) {
    if (k === null) continue;
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

/** The texts of a column's heading cells (sheet-local A1 references), top to bottom. */
export function headingTexts(grid: Grid, cells: readonly string[]): string[] {
  return cells.map((ref) => parseA1(ref)).map((at) => (at ? grid.text(at.row, at.col) : ''));
}

/** The text of a column's heading cells, top to bottom, in one line. */
export function headingText(grid: Grid, cells: readonly string[]): string {
  return headingTexts(grid, cells).join(' ');
}
