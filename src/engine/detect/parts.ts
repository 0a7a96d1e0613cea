/**
 * Parts of the period beside its total: 第1〜第4四半期 (or 上半期 / 下半期) columns and a 年度計 column.
 * The total is the period's actual and a part never is. When the total is left empty while a part
 * is still being counted (集計中), the actual is pending, not missing: the figure is on its way.
 * A table with parts and no total gives no actual (summing the parts would be a guess the reader
 * does not make silently).
 */
import type { Grid } from './grid';
import type { Column } from './header';
import { parseValue } from '../values/values';
import type { RawIndicator } from './types';

/** The part columns of a header (role 'part'), left to right. */
export function partColumns(columns: Column[]): Column[] {
  return columns.filter((c) => c.role === 'part');
}

/** Marks an indicator's empty total as pending when one of its row's parts is still being counted. */
export function settleParts(grid: Grid, row: number, columns: Column[], ind: RawIndicator): void {
  const parts = partColumns(columns);
  if (!parts.length) return;
  const pendingPart = parts.find((c) => parseValue(grid.raw(row, c.col), grid.numberFormat(row, c.col)).status === 'pending');
  if (!pendingPart) return;
  for (const p of ind.actuals) {
    if (p.parsed.status === 'missing') p.parsed = { status: 'pending', text: grid.text(row, pendingPart.col) };
  }
}
