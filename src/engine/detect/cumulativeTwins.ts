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
  const out = new Set<T>();
  const keys = items.map(key);
  // A twin needs another item of its key: where every key stands once (nearly always), no text is read.
  if (!sharesKey(keys)) return out;
  const plain = new Set<string>();
  items.forEach((item, i) => {
    const k = keys[i];
    if (k !== null && !CUMULATIVE.test(text(item))) plain.add(k);
  });
  items.forEach((item, i) => {
    const k = keys[i];
    if (k !== null && plain.has(k) && CUMULATIVE.test(text(item))) out.add(item);
  });
  return out;
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

/** The text of a column's heading cells (sheet-local A1 references), top to bottom. */
export function headingText(grid: Grid, cells: readonly string[]): string {
  return cells
    .map((ref) => parseA1(ref))
    .map((at) => (at ? grid.text(at.row, at.col) : ''))
    .join(' ');
}
