/**
 * A table on its side whose lines run down the fiscal year's months (月 | 窓口相談件数（件） | スマホ教室受講者数（人） …, then
 * 4月 … 3月, 合計, 年間目標, 達成率): a bare total line (合計 / 計 / 年計 / 総計) right after the twelve months, 4月 to 3月 in their
 * order (a blank line between them aside), adds up that fiscal year, so it is the year's actual as a 年度計 line is. Elsewhere a
 * 合計 line sums other lines and stays derived; here the months right before it say what it adds up. Not so after part of the
 * year (4月 … 9月 | 計: a half year's total) nor after months out of order, nor for 累計 (a total over a plan's years may read so).
 * Guards on each column, where a clerk could not be sure the line is the year's total of what the column counts:
 * - a rate or share (its unit ％, its name ending in 率 / 割合): its 合計 may be an average or a stated figure;
 * - a figure that is not the sum of the column's months (an average, a year-end count, a stated figure);
 * - a count standing at each month's end (月末現在, 時点, 在籍: its sum is no year's figure), or a month not yet counted
 *   (「集計中」, 「－」, a blank: the total falls short of the year; review rv83).
 * Either is read with a `column-chosen` guess naming the total's cell and the months' cells, never silently.
 */
import { a1 } from '../model/address';
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** A month alone as a line label: 「4月」「１０月」「4月分」. */
const MONTH = /^(1[0-2]|[1-9])月分?$/;
/** A total word alone, brackets and spaces aside: 合計, 計, 年計, 総計, 合計値 (never 累計). */
const TOTAL = /^(?:合計|計|年計|総計|合計値)$/;
/** The fiscal year's months in their order. */
const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];
/** A rate or share: its 合計 may be an average. */
const RATE_NAME = /(?:率|割合)$/;
const RATE_UNIT = /^(?:[%％]|割|ポイント|pt)$/i;
/** A count standing at a moment (月末現在, 年度末, 時点, 在籍): its months' figures do not add up to the year's. */
const STOCK = /末現在|月末|現在数|時点|在籍/;

const bare = (text: string) =>
  compact(normalizeText(text))
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '');

/** The month a line label names alone (「4月」: 4), or null. */
export function monthLine(text: string): number | null {
  const m = MONTH.exec(bare(text));
  return m ? Number(m[1]) : null;
}

/** Whether a line label is a bare total word (合計, 計, 年計, 総計). */
export function isBareTotalLine(text: string): boolean {
  return TOTAL.test(bare(text));
}

/** Follows the month lines passed on the way down the side: the rows of the run 4月 … 3月 so far, in order, else none. */
export class MonthRun {
  private rows: number[] = [];

  /** A line labelled `text` on `row`: a month extends the run when it is the next month of the fiscal year; another line ends it. */
  see(row: number, text: string): boolean {
    const month = monthLine(text);
    if (month === null) return false;
    this.rows = month === FISCAL_MONTHS[this.rows.length] ? [...this.rows, row] : month === 4 ? [row] : [];
    return true;
  }

  /** The twelve months' rows when the run holds the whole fiscal year, 4月 to 3月; else null. */
  wholeYear(): number[] | null {
    return this.rows.length === FISCAL_MONTHS.length ? this.rows : null;
  }

  /** Another line than a month (or a blank one) ends the run. */
  reset(): void {
    this.rows = [];
  }
}

/** The figure of a cell as a number, or null. */
function figure(grid: Grid, row: number, col: number): number | null {
  const raw = grid.raw(row, col);
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
}

/**
 * The guard on one column's months total (the actual read on `row` from the months `months`): a rate column, or a total that
 * is not the sum of the column's months, gets a `column-chosen` guess naming the total and the months' cells.
 */
export function guardMonthsTotal(grid: Grid, ind: RawIndicator, row: number, col: number, months: number[]): void {
  const total = figure(grid, row, col);
  if (total === null) return;
  const parts = months.map((r) => figure(grid, r, col));
  const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
  const rate = RATE_NAME.test(bare(ind.name)) || (!!ind.unit && RATE_UNIT.test(ind.unit.normalize('NFKC').trim()));
  // Review rv83: a count standing at each month's end (「会員登録者数（月末現在・人）」) sums to nothing a clerk reads, and a month
  // not yet counted (「集計中」, 「－」, blank) leaves the total short of the year.
  const stock = STOCK.test(normalizeText(`${ind.name}${ind.unit ?? ''}${grid.text(months[0] - 1, col)}`));
  const gap = parts.some((v) => v === null);
  if (!rate && !stock && !gap && Math.abs(sum - total) < 1e-6 * Math.max(1, Math.abs(total))) return;
  (ind.guesses ??= []).push({ reason: 'column-chosen', cells: [a1(row, col), a1(months[0], col), a1(months[months.length - 1], col)] });
}
