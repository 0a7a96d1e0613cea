/**
 * Columns headed with a period relative to the evaluation period and no year (前年度実績 | 今年度目標 |
 * 今年度実績). Their figures carry the offset while the sheet is read; once every sheet is read, the
 * offset becomes a period counted from the sheet's own period (評価対象期間, else its title's year),
 * else from the one period the workbook's sheets state (a cover sheet). With no period anywhere,
 * this year's figures stand undated for the evaluation period, the other years' are not read, and
 * the reading is a guess naming the cells (none when only other years' columns are relative).
 */
import type { Period } from '../values/periods';
import { shiftedPeriod } from '../values/relativePeriods';
import type { Column } from './column';
import type { Point, RawIndicator, SheetDetection, SheetMeta } from './types';

/** Gives the figures read under relative headings their offset (a table row, once its cells are read). */
export function markRelative(columns: Column[], ind: RawIndicator): void {
  for (const c of columns) {
    if (c.relative === undefined) continue;
    for (const p of [...ind.actuals, ...ind.targets, ...ind.baselines]) if (p.col === c.col && !p.period) p.relative = c.relative;
  }
}

/**
 * A plain measure heading beside the same measure headed with another year relative to the evaluation
 * (「年度累計 | 前年度実績」「目標 | 前年度目標」): the plain one is this year's, as if headed 今年度. Without it, the
 * only dated figure (the year before) would pass for the latest actual and the evaluation period.
 */
export function plainBesideRelative(columns: Column[]): void {
  for (const c of columns) {
    if (c.relative === undefined || c.relative === 0) continue;
    for (const plain of columns)
      if (plain.role === c.role && !plain.period && plain.relative === undefined && !plain.pair && !plain.baseline) plain.relative = 0;
  }
}

function ownPeriod(meta: SheetMeta): Period | undefined {
  return meta.statedPeriod?.period ?? meta.titlePeriod;
}

/** Turns every relative offset of the workbook's figures into a period (see the module's comment). */
export function resolveRelativePeriods(detections: SheetDetection[]): void {
  const stated = detections.map((d) => ownPeriod(d.meta)).filter((p): p is Period => !!p);
  const workbook = new Set(stated.map((p) => p.fiscalYear)).size === 1 ? stated[0] : undefined;
  for (const d of detections) {
    const base = ownPeriod(d.meta) ?? workbook;
    for (const ind of d.indicators) resolveIndicator(ind, base);
  }
}

/** Whether any figure of the indicator has a relative period (most have none: they are told without copying their figures). */
function hasRelative(ind: RawIndicator): boolean {
  const rel = (p: Point) => p.relative !== undefined;
  return ind.actuals.some(rel) || ind.targets.some(rel) || ind.baselines.some(rel);
}

function resolveIndicator(ind: RawIndicator, base: Period | undefined): void {
  if (!hasRelative(ind)) return;
  const relative = [...ind.actuals, ...ind.targets, ...ind.baselines].filter((p) => p.relative !== undefined);
  if (!relative.length) return;
  if (base) {
    for (const p of relative) p.period = shiftedPeriod(base, p.relative!);
    return;
  }
  const thisYear = (p: Point) => p.relative === undefined || p.relative === 0;
  ind.actuals = ind.actuals.filter(thisYear);
  ind.targets = ind.targets.filter(thisYear);
  ind.baselines = ind.baselines.filter(thisYear);
  // Only this year's figures are graded: with none (前年度実績 beside R5 columns), leaving the others out guesses nothing.
  if (!relative.some(thisYear)) return;
  // The finding points at this year's figures first: they are what the grade rests on.
  const cells = [...relative.filter(thisYear), ...relative.filter((p) => !thisYear(p))].map((p) => p.cell);
  (ind.guesses ??= []).push({ reason: 'period-inferred', cells });
}
