/**
 * Parts of the period beside its total: 第1〜第4四半期 (or 上半期 / 下半期) columns and a 年度計 column.
 * The total is the period's actual and a part never is. When the total is left empty while a part
 * is still being counted (集計中), the actual is pending, not missing: the figure is on its way.
 * A table with parts and no total column at all: the actual is the parts' sum when every part is
 * a figure, and the reading is a guess naming the parts (an average or a period-end figure does
 * not add up; the clerk checks).
 */
import type { Grid } from './grid';
import type { Column } from './header';
import { point } from './common';
import { settlePartialTotals } from './partialTotal';
import { perPeriodTotals } from './perPeriodTarget';
import type { Point, RawIndicator } from './types';

/** Marks an indicator's empty total as pending when a part is still being counted, or sums the parts when there is no total. */
export function settleParts(grid: Grid, row: number, columns: Column[], ind: RawIndicator): void {
  const parts = columns.filter((c) => c.role === 'part').map((c) => point(grid, row, c.col, c.period));
  if (!parts.length) return;
  const pending = parts.find((p) => p.parsed.status === 'pending');
  if (pending) {
    for (const p of ind.actuals) if (p.parsed.status === 'missing') p.parsed = { status: 'pending', text: pending.parsed.text };
    return;
  }
  if (!columns.some((c) => c.role === 'actual')) sumParts(parts, ind);
  // A =SUM leaving out a filled month, or a total while 1〜3月 are still blank and being counted (partialTotal.ts).
  else {
    settlePartialTotals(columns, parts, ind);
    // 年間計 | 1日平均 | 目標（1日平均）: a target set per day or month never meets the year's total (perPeriodTarget.ts).
    perPeriodTotals(grid, columns, parts, ind);
  }
}

function sumParts(parts: Point[], ind: RawIndicator): void {
  const values = parts.map((p) => (p.parsed.status === 'value' && p.parsed.value !== undefined ? p.parsed.value : null));
  if (values.some((v) => v === null)) return;
  const units = new Set(parts.map((p) => (p.parsed.status === 'value' ? p.parsed.unit : undefined)));
  const sum = Math.round(values.reduce((a, b) => a! + b!, 0)! * 1e9) / 1e9;
  const last = parts[parts.length - 1];
  const unit = units.size === 1 ? [...units][0] : undefined;
  const parsed = unit ? { status: 'value' as const, value: sum, unit, text: String(sum) } : { status: 'value' as const, value: sum, text: String(sum) };
  const periods = new Set(parts.map((p) => p.period?.fiscalYear));
  const summed: Point = { ...last, raw: sum, formula: null, parsed };
  if (periods.size !== 1 || !last.period) delete summed.period;
  ind.actuals.push(summed);
  (ind.guesses ??= []).push({ reason: 'parts-summed', cells: parts.map((p) => p.cell) });
}
