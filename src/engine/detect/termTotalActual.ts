/**
 * A target set as a term's running total (「目標値（令和３～５年度累計）」) beside an actual written as the running total of the same
 * term (「累計実績（令和３～５年度）」「実績累計（R3～R5）」), the yearly figures under a heading of their own (単年度実績 over 令和3年度 …
 * 令和5年度): the total column is the actual, dated by the term's last year as the target is, and compared with it; the single
 * years are its parts, never graded against the term's total. Only where the header reads no actual at all, and only where both
 * headings name the same term: a running total of fewer years (累計実績（令和３～４年度）, a mid-term figure) or of no stated term
 * is not read so, nor a total beside a target of one year (目標値（令和５年度）), nor any where a heading or a figure of the table is
 * not yet final (見込, 速報, 集計中: review rv67).
 */
import { a1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { yearTerm, type YearTerm } from '../values/yearTerm';
import { compact, normalizeText } from '../values/text';
import type { Column } from './column';
import { headingTexts } from './cumulativeTwins';
import type { Grid } from './grid';

/** A running total of results, its term in brackets aside: 累計実績, 累計実績値, 実績累計, 実績の累計. */
const TOTAL_OF_RESULTS = /^(累計実績値?|実績値?の?累計値?|実績値?累計)$/;

const bare = (text: string) => compact(normalizeText(text)).replace(/\s/g, '');

/** The term a target's heading sets its figure over, written with 累計 (「目標値（令和３～５年度累計）」), or null. */
function cumulativeTermOf(texts: string[]): YearTerm | null {
  const text = texts.join('');
  return /累計/.test(text) ? yearTerm(text) : null;
}

/** The term a column's heading names as its running total of results, or null. */
function resultsTotalTermOf(texts: string[]): YearTerm | null {
  const last = texts[texts.length - 1] ?? '';
  const words = bare(last).replace(/[(（][^()（）]*[)）]/g, '');
  return TOTAL_OF_RESULTS.test(words) ? yearTerm(last) : null;
}

/** A figure not yet final: an estimate, a preliminary or a pending one (見込, 速報, 暫定, 集計中, 未確定). */
const UNSETTLED = /見込|速報|暫定|集計中|未集計|未確定|調査中/;

/**
 * Whether the table's total stands on final figures (review rv67): no heading of the table is an estimate (「令和5年度（見込）」
 * 「累計実績（令和３～５年度見込み）」), and no row writes a total beside a year still being counted (「集計中」 in 令和5年度, 390 in
 * the total: R3 and R4 alone). A total itself pending stays pending. Otherwise the old reading, flagged, stays.
 */
function settled(grid: Grid, band: number[], totalCol: number): boolean {
  for (const row of band) for (let col = grid.left; col <= grid.right; col++) if (UNSETTLED.test(grid.text(row, col))) return false;
  for (let row = band[band.length - 1] + 1; row <= grid.bottom; row++) {
    if (typeof grid.raw(row, totalCol) !== 'number') continue;
    for (let col = grid.left; col <= grid.right; col++) if (col !== totalCol && UNSETTLED.test(grid.text(row, col))) return false;
  }
  return true;
}

/**
 * Whether the term's last year has figures: a single-year column headed with it holds at least one figure, or no column is headed
 * with it. A five-year plan's total at its third year (R6 and R7 blank) is progress so far, never the term's result (review rv67).
 */
function termEnded(grid: Grid, band: number[], term: YearTerm): boolean {
  for (let col = grid.left; col <= grid.right; col++) {
    const last = band.some((row) => findPeriod(grid.text(row, col))?.period.fiscalYear === term.to.fiscalYear && !yearTerm(grid.text(row, col)));
    if (!last) continue;
    const body = band[band.length - 1] + 1;
    if (!Array.from({ length: grid.bottom - body + 1 }, (_, k) => grid.text(body + k, col).trim()).some(Boolean)) return false;
  }
  return true;
}

const sameTerm = (a: YearTerm, b: YearTerm) => a.from.fiscalYear === b.from.fiscalYear && a.to.fiscalYear === b.to.fiscalYear;

/** Reads such a total column as the actual beside a term's cumulative target (in place in `columns`). */
export function termTotalActual(grid: Grid, band: number[], columns: Column[]): void {
  if (columns.some((c) => c.role === 'actual')) return;
  const targets = columns.filter((c) => c.role === 'target' && !c.pair);
  const term = targets.length === 1 ? cumulativeTermOf(headingTexts(grid, targets[0].cells)) : null;
  if (!term) return;
  const taken = new Set(columns.map((c) => c.col));
  const found: Column[] = [];
  for (let col = grid.left; col <= grid.right; col++) {
    if (taken.has(col)) continue;
    const anchors = band
      .map((row) => grid.anchor(row, col))
      .filter((a, i, all) => grid.text(a.row, a.col) && all.findIndex((b) => b.row === a.row && b.col === a.col) === i);
    const cells = anchors.map((a) => a1(a.row, a.col));
    const own = resultsTotalTermOf(anchors.map((a) => grid.text(a.row, a.col)));
    if (own && sameTerm(own, term)) found.push({ col, role: 'actual', period: own.to, cells, cumulative: true });
  }
  if (found.length !== 1 || !settled(grid, band, found[0].col) || !termEnded(grid, band, term)) return;
  targets[0].cumulative = true;
  columns.splice(columns.filter((c) => c.col < found[0].col).length, 0, found[0]);
}
