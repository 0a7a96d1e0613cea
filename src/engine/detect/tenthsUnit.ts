/**
 * A figure written in 割 (tenths: 「６割」 is 60 ％) among figures of the same indicator written in ％ (「57.3％」): the
 * author wrote one rate two ways. The 割 figures are read in ％ (×10), and the indicator's unit is ％, so a 6 is never
 * graded against a 57.3. Where no figure of the indicator is in ％, 割 stays its unit as written.
 */
import { canonicalUnit } from '../values/units';
import type { Point, RawIndicator } from './types';

const isIn = (p: Point, unit: string) =>
  p.parsed.status === 'value' && p.parsed.value !== undefined && !!p.parsed.unit && canonicalUnit(p.parsed.unit) === unit;

/** Reads the indicator's 割 figures in ％ (in place) when another of its figures, or its unit, is in ％. */
export function tenthsInPercent(ind: RawIndicator): void {
  const points = [...ind.targets, ...ind.actuals, ...ind.baselines];
  if (!points.some((p) => isIn(p, '割'))) return;
  const percent = (ind.unit !== undefined && canonicalUnit(ind.unit) === '%') || points.some((p) => isIn(p, '%'));
  if (!percent) return;
  const done = new Set<Point['parsed']>();
  for (const p of points) {
    if (!isIn(p, '割') || done.has(p.parsed) || p.parsed.value === undefined) continue;
    p.parsed = { ...p.parsed, value: Math.round(p.parsed.value * 10 * 1e9) / 1e9, unit: '%' };
    done.add(p.parsed);
  }
  if (ind.unit !== undefined && canonicalUnit(ind.unit) === '割') ind.unit = '%';
}
