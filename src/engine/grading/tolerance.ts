/**
 * The tolerance band a city sets for survey and ratio indicators: an actual within ± N of the
 * target (N in the indicator's own unit, points for a % indicator) counts as met, or as
 * maintained for a 維持 indicator. Set per indicator, or for every % / ポイント indicator.
 */
import type { Direction } from '../values/labels';
import { canonicalUnit } from '../values/units';
import type { Rules } from './rules';

/** A tiny margin so that 63.0 − 65 computed in floating point still lies within 2 points. */
const EPS = 1e-9;

/** The band that applies to an indicator: its own (評価設定's 指標の方向 section), else the survey band for % and ポイント. */
export function toleranceBandOf(name: string, unit: string | null | undefined, rules: Pick<Rules, 'tolerances' | 'surveyTolerance'>): number | null {
  const own = rules.tolerances[name];
  if (own !== undefined) return own;
  if (rules.surveyTolerance === null || !unit) return null;
  const u = canonicalUnit(unit);
  return u === '%' || u === 'ポイント' ? rules.surveyTolerance : null;
}

/**
 * True when the actual lies within the band: not more than `band` short of the reference (up: below
 * it, down: above it), or not more than `band` away from it on either side (維持).
 */
export function withinBand(actual: number, reference: number, direction: Direction, band: number): boolean {
  const short = direction === 'up' ? reference - actual : direction === 'down' ? actual - reference : Math.abs(actual - reference);
  return short <= band + EPS;
}
