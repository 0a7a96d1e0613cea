/**
 * A target line above a one-indicator block whose years are rows (indicator cards): 目標値（令和5年度） | 「12,000人」
 * over 年度 | 実績値（千人）. The line's figure is the block's target, of the year its label names (else undated, a final
 * target). When the figures' heading writes a scaled unit (千人, 万円, 千件) and the target is written in another unit that
 * converts (人), each actual without a unit of its own carries the heading's unit, the row's unit is the target's and
 * the grading converts the actual into it (11.4 千人 → 11,400 人), as a clerk does; units that do not convert say nothing.
 * A line dated before the block's latest actual (目標値（令和4年度） over rows up to 令和5年度) is that earlier year's
 * target only: it is not taken, so the year evaluated is not graded against it (a later year's line is a final target).
 */
import { parseA1 } from '../model/address';
import { findPeriod } from '../values/periods';
import { conversionFactor } from '../values/units';
import { point, withKind } from './common';
import type { Grid } from './grid';
import type { MetaLine } from './metaLines';
import type { RawIndicator } from './types';

/** Takes the block's target from a 目標 line above it, when the block has no target of its own. */
export function targetFromLines(grid: Grid, lines: { line: MetaLine }[], ind: RawIndicator): void {
  if (ind.targets.some((t) => t.parsed.status === 'value')) return;
  const line = lines.find((l) => l.line.role === 'target')?.line;
  const ref = line && parseA1(line.cell);
  if (!line || !ref) return;
  const target = withKind(point(grid, ref.row, ref.col, findPeriod(line.label)?.period), 'target');
  if (target.parsed.status !== 'value' || target.parsed.value === undefined || earlierThanActuals(target, ind)) return;
  ind.targets.push(target);
  const unit = target.parsed.unit;
  if (!unit || !ind.unit || unit === ind.unit || conversionFactor(ind.unit, unit) === null) return;
  for (const p of ind.actuals)
    if (p.parsed.status === 'value' && p.parsed.value !== undefined && !p.parsed.unit) p.parsed = { ...p.parsed, value: p.parsed.value, unit: ind.unit };
  [ind.unit, ind.unitCell] = [unit, target.cell];
}

/** Whether the line's year is before the latest year the block has a figure for (an earlier year's own target). */
function earlierThanActuals(target: RawIndicator['targets'][number], ind: RawIndicator): boolean {
  const year = target.period?.fiscalYear;
  if (year === undefined) return false;
  return ind.actuals.some((p) => p.period && p.period.fiscalYear > year && p.parsed.status === 'value');
}
