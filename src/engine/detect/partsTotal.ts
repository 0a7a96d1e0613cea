/**
 * A bare total heading right after the parts of the period: 「4月 … 3月 | 累計」「第1〜第4四半期 | 合計」. Summing the parts of
 * one fiscal year, it is that year's total, the period's actual as a 年度計 column is (parts.ts). Elsewhere a 合計 or 累計
 * column sums other columns and stays derived; here the parts before it say what it adds up. Without it, a dated column
 * further right (前年度実績) would be the only actual, taken as the figure and its year as the evaluation period.
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import type { Column } from './column';
import { compact, normalizeText } from '../values/text';

/** A total word alone, brackets and spaces aside: 累計, 合計, 計, 年計, 総計, 累計値. */
const TOTAL = /^(累計|合計|計|年計|総計|累計値|合計値)$/;

/** Parts side by side needed before the total: one month alone is no run of parts. */
const MIN_PARTS = 2;

function isTotalHeading(text: string): boolean {
  return TOTAL.test(
    compact(normalizeText(text))
      .replace(/[(（][^()（）]*[)）]/g, '')
      .replace(/[【】[\]]/g, ''),
  );
}

/** The column right of the last part of an unbroken run of parts, when the table has no actual of its own year (前年度実績 is another year's). */
function columnAfterParts(columns: Column[]): number | null {
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
