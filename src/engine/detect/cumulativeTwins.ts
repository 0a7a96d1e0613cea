/**
 * A 累計 figure beside the yearly one it sums: 「実績」 and 「実績（累計）」 columns under one year, or a 実績 row and a
 * 実績（累計） row in one indicator's block. The running total is derived, never the year's actual (nor its target):
 * where the same measure of the same period stands once plain and once as 累計, the 累計 one is not read. A measure
 * that stands only as 累計 is the indicator's own figure (a cumulative indicator) and stays.
 */
import { parseA1 } from '../model/address';
import type { Grid } from './grid';

const CUMULATIVE = /累計/;

/** The items to leave unread: each 累計 one whose key (measure and period) a plain one also has. */
export function cumulativeTwins<T>(items: readonly T[], key: (item: T) => string | null, text: (item: T) => string): Set<T> {
  const plain = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (k !== null && !CUMULATIVE.test(text(item))) plain.add(k);
  }
  const out = new Set<T>();
  for (const item of items) {
    const k = key(item);
    if (k !== null && plain.has(k) && CUMULATIVE.test(text(item))) out.add(item);
  }
  return out;
}

/** The text of a column's heading cells (sheet-local A1 references), top to bottom. */
export function headingText(grid: Grid, cells: readonly string[]): string {
  return cells
    .map((ref) => parseA1(ref))
    .map((at) => (at ? grid.text(at.row, at.col) : ''))
    .join(' ');
}
