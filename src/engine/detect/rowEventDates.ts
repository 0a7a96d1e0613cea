/**
 * A column of days beside a table's years down the rows (年度 | 実施日 over 令和5年度 | 令和5年11月18日): each row's date of what
 * it reports (a drill held, a meeting met), a day inside that row's own fiscal year, never the years of another block tiled
 * beside the first (yearRowsTiledYears.ts). Another block's years are years (令和5年度 | 令和5年度), never a day of them; a
 * day opening or closing a year (令和5年3月31日, 令和5年4月1日) is an as-of date such a block's axis may be written as, left to it.
 */
import type { Period } from '../values/periods';
import { normalizeText } from '../values/text';
import type { CellIndex } from './cells';

/** A day written in the cell: 11月18日, or a date 2023/11/18. */
const DAY = /\d{1,2}日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}/;

/** A day opening or closing a fiscal year: 3月31日, 4月1日 (or 3/31, 4/1 in a date). */
const YEAR_EDGE = /(^|[^0-9])(3月31日|4月0?1日|0?3[/.-]31$|0?4[/.-]0?1$)/;

/**
 * Whether `col` holds, on the period column's first two rows, a day of each row's own fiscal year: those rows' years
 * (not months) are dated by it.
 */
export function datesRowYears(index: CellIndex, rows: readonly { row: number; period: Period }[], col: number): boolean {
  if (rows.length < 2) return false;
  return rows.slice(0, 2).every(({ row, period }) => {
    const c = index.at(row, col);
    const day = c?.period?.period;
    if (!day || period.kind === 'month' || day.kind !== 'month' || day.fiscalYear !== period.fiscalYear) return false;
    const text = normalizeText(c.text).replace(/\s+/g, '');
    return DAY.test(text) && !YEAR_EDGE.test(text);
  });
}
