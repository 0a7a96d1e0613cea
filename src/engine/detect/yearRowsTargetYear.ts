/**
 * A block whose years run down the rows may close with the plan's target year, written as a year marked the target
 * (年度 | 期待値 | 実績値 over R元（基準値）… R6, then 「R7（目標値）」 | 35.0 | (blank)), or as a target dated by it
 * (「目標値（令和７年度）」): the row under the last year is no year of figures but the plan's target line. Its figures in the
 * block's target columns (期待値, 目標値) are the targets of that year, so a final target stands beside the yearly ones. Only a
 * year later than the run's last; under names alone over the columns such a row is their foot row (namedYearColumns.ts), read
 * there.
 */
import { classifyLabel } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import type { CellIndex } from './cells';
import { point, withKind } from './common';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The row under the run's last year whose period cell labels a target of a later year, with that year; else null. */
export function targetYearRow(
  grid: Grid,
  index: CellIndex,
  pc: { col: number; rows: { row: number; period: Period }[] },
): { row: number; period: Period } | null {
  const last = pc.rows[pc.rows.length - 1];
  const row = last.row + 1;
  if (row > grid.bottom || !index.rows.has(row)) return null;
  const label = classifyLabel(normalizeText(grid.text(row, pc.col)).replace(/\s+/g, ''));
  const year = label?.role === 'target' ? label.period : undefined;
  if (!year || year.kind !== 'fiscal') return null;
  return periodOrder(year) > periodOrder(last.period) ? { row, period: year } : null;
}

/** Each target column's figure on the target-year row (see above), added to its indicator as that year's target. */
export function addTargetYearRow<M extends { col: number; role: string }>(
  grid: Grid,
  index: CellIndex,
  pc: { col: number; rows: { row: number; period: Period }[] },
  measures: M[],
  indicatorOf: (m: M) => RawIndicator | undefined,
): void {
  const foot = targetYearRow(grid, index, pc);
  if (!foot) return;
  for (const m of measures) {
    if (m.role !== 'target' && m.role !== 'expected') continue;
    const ind = indicatorOf(m);
    const p = point(grid, foot.row, m.col, foot.period);
    if (ind && p.parsed.status !== 'missing') ind.targets.push(withKind(p, 'target'));
  }
}
