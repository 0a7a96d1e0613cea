/**
 * A table's 合計 row carrying a target of its own: read, as a clerk reads it (review rv71, older leftover; names.ts isNotAName
 * keeps a bare 合計 from ever being a name, so the row was dropped in silence). 「施設 | 4月 … 3月 | 年度計 | 年度目標」 with
 * 中央児童館 and 東児童館, then 合計 | … | 16,920 | 17,000: the city's figure against the city's target. Where the parts carry
 * no target figure (the 年度目標 written on the 合計 row only), the total is the one graded row and the parts are its breakdown
 * (`partOfTotal`, named in a rows-left-out finding, as captionTotals.ts does under a numbered caption). The row is read only
 * where it is the parts' total beyond doubt: the last row of the body, a total's label alone (合計, 計, 総計), two read parts or
 * more above it, a target figure and an actual figure on it, and its actual the sum of the parts' actuals in the same column
 * (a rate's 合計, an average, or a 合計 of rows read as no indicators, money lines, is left as before). Its name is the bare
 * label, so the reading carries a `total-row-read` guess naming the row's name, target and actual cells for the clerk.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { isTotalLabel } from './captionTotals';
import type { Point, RawIndicator } from './types';

interface Body {
  first: number;
  last: number;
  nameCol: number;
}

const valueOf = (p: Point | undefined): number | null => (p && p.parsed.status === 'value' && typeof p.parsed.value === 'number' ? p.parsed.value : null);

/** The parts' actuals in the total's actual column add up to it (rounded as a sheet's sums are). */
function sumsParts(total: Point, parts: RawIndicator[]): boolean {
  const values = parts.map((ind) => valueOf(ind.actuals.find((p) => p.col === total.col)));
  if (values.some((v) => v === null)) return false;
  const sum = values.reduce((a, b) => a! + b!, 0)!;
  return Math.abs(sum - valueOf(total)!) <= 1e-6 * Math.max(1, Math.abs(sum));
}

/** The rows as read, with the body's last row, a 合計 carrying a target that sums the parts, read as an indicator (see above). */
export function readTargetedTotal(grid: Grid, t: Body, read: RawIndicator[], readTotal: (row: number) => RawIndicator): RawIndicator[] {
  const row = lastBodyRow(grid, t);
  if (row === null || !isTotalLabel(grid.text(row, t.nameCol)) || read.some((ind) => ind.row === row)) return read;
  const parts = read.filter((ind) => ind.row >= t.first && ind.row < row && !ind.partOfTotal);
  if (parts.length < 2) return read;
  const ind = readTotal(row);
  const target = ind.targets.find((p) => valueOf(p) !== null);
  const actual = ind.actuals.find((p) => valueOf(p) !== null);
  if (!target || !actual || !sumsParts(actual, parts)) return read;
  if (!ind.unit) ind.unit = parts.find((p) => p.unit)?.unit;
  (ind.guesses ??= []).push({ reason: 'total-row-read', cells: [a1(row, t.nameCol), target.cell, actual.cell] });
  // The 年度目標 on the 合計 row alone: the parts are its breakdown, no indicators of their own.
  if (!parts.some((p) => p.targets.some((x) => valueOf(x) !== null))) for (const p of parts) p.partOfTotal = true;
  return [...read, ind];
}

/** The body's last row holding any text in the name column (the total closes the table), or null. */
function lastBodyRow(grid: Grid, t: Body): number | null {
  for (let r = t.last; r >= t.first; r--) if (grid.text(r, t.nameCol).trim()) return grid.anchor(r, t.nameCol).row === r ? r : null;
  return null;
}
