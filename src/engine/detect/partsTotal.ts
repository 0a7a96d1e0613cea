/**
 * A bare total heading right after the parts of the period: 「4月 … 3月 | 累計」「第1〜第4四半期 | 合計」. Summing the parts of
 * one fiscal year, it is that year's total, the period's actual as a 年度計 column is (parts.ts). Elsewhere a 合計 or 累計
 * column sums other columns and stays derived; here the parts before it say what it adds up. Without it, a dated column
 * further right (前年度実績) would be the only actual, taken as the figure and its year as the evaluation period.
 * A monthly report's 当月実績 | 累計実績 (this month's figure, then the year's from 4月 to it): the 累計 right after the month's
 * column is the year's actual so far, the month's figure one part of it (a count at the month's end reads the month's
 * column instead, monthEndActual.ts).
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import type { Column } from './column';
import { compact, normalizeText } from '../values/text';

/** A total word alone, brackets and spaces aside: 累計, 合計, 計, 年計, 総計, 累計値. */
const TOTAL = /^(累計|合計|計|年計|総計|累計値|合計値)$/;

/** Parts side by side needed before the total: one month alone is no run of parts. */
const MIN_PARTS = 2;

/** This month's figure: 当月, 当月実績, 当月分, 今月の実績. */
const THIS_MONTH = /^(当月|今月)(の?実績値?|分|値)?$/;
/** The year's figure from its first month to this one: 累計, 累計実績, 実績累計, 年度累計, 4月からの累計. */
const TO_DATE = /^(累計|累計値|累計実績値?|実績累計|実績の累計|(年度|年間)累計(実績)?|4月からの累計)$/;

/** A heading's words alone: folded, brackets, 【】 and spaces aside. */
const bare = (text: string) =>
  compact(normalizeText(text))
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[【】[\]]/g, '');

function isTotalHeading(text: string): boolean {
  return TOTAL.test(bare(text));
}

/** Whether a heading is this month's figure (当月実績) of a monthly report. */
export function isThisMonthHeading(text: string): boolean {
  return THIS_MONTH.test(bare(text));
}

/** Whether a heading is the year's figure to date (累計実績) of a monthly report. */
export function isToDateHeading(text: string): boolean {
  return TO_DATE.test(bare(text));
}

/** The column right of the last part of an unbroken run of parts, when the table has no actual of its own year (前年度実績 is another year's). */
export function columnAfterParts(columns: Column[]): number | null {
  if (columns.some((c) => c.role === 'actual' && !c.relative)) return null;
  const parts = columns.filter((c) => c.role === 'part').map((c) => c.col);
  if (parts.length < MIN_PARTS) return null;
  const last = Math.max(...parts);
  const first = Math.min(...parts);
  // The parts stand side by side: nothing else between the first and the last.
  if (columns.some((c) => c.col > first && c.col < last && c.role !== 'part')) return null;
  return last + 1;
}

/** Reads a bare total column right after the parts of the period as the period's actual (in place in `columns`). */
export function totalAfterParts(index: CellIndex, band: number[], columns: Column[]): void {
  const col = columnAfterParts(columns);
  if (col === null || col > index.grid.right) return;
  const own = columns.find((c) => c.col === col);
  if (own && own.role !== 'derived') return;
  const heads = band.map((row) => index.grid.anchor(row, col)).filter((a) => index.grid.text(a.row, a.col));
  if (!heads.length || !heads.every((a) => isTotalHeading(index.grid.text(a.row, a.col)))) return;
  const total: Column = { col, role: 'actual', cells: [...new Set(heads.map((a) => a1(a.row, a.col)))] };
  if (own) Object.assign(own, total);
  else columns.splice(columns.filter((c) => c.col < col).length, 0, total);
}

/** The anchors of the band's headings over `col` that hold text. */
function headsOver(index: CellIndex, band: number[], col: number): { row: number; col: number }[] {
  return band.map((row) => index.grid.anchor(row, col)).filter((a) => index.grid.text(a.row, a.col));
}

/**
 * 当月実績 | 累計実績 with no actual of the table's own year: the 累計 column is the year's actual to date (in place in
 * `columns`); the 当月 column stays unread.
 */
export function toDateAfterThisMonth(index: CellIndex, band: number[], columns: Column[]): void {
  if (columns.some((c) => c.role === 'actual' && !c.relative)) return;
  const grid = index.grid;
  for (let col = grid.left + 1; col <= grid.right; col++) {
    const own = columns.find((c) => c.col === col);
    if (own && own.role !== 'derived') continue;
    const heads = headsOver(index, band, col);
    const month = headsOver(index, band, col - 1);
    if (!heads.length || !heads.every((a) => isToDateHeading(grid.text(a.row, a.col)))) continue;
    if (!month.length || !month.every((a) => isThisMonthHeading(grid.text(a.row, a.col)))) continue;
    if (columns.some((c) => c.col === col - 1 && c.role !== 'derived')) continue;
    // A running total of the year (cumulative: a 延べ / 累計 mark on a row compares with it, cumulativeTarget.ts).
    const total: Column = { col, role: 'actual', cells: [...new Set(heads.map((a) => a1(a.row, a.col)))], cumulative: true };
    if (own) Object.assign(own, total);
    else columns.splice(columns.filter((c) => c.col < col).length, 0, total);
    return;
  }
}
