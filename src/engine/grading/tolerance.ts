/**
 * The tolerance band a city sets for survey and ratio indicators: an actual within ± N of the
 * target (N in the indicator's own unit, points for a % indicator) counts as met, or as
 * maintained for a 維持 indicator. Set per indicator, or for every % / ポイント indicator.
 * bandedAttainment is the one way every action grades a figure under the rules (rate, the last
 * period's grade, the monthly year to date), so that one indicator gets one grade.
 */
import type { Direction } from '../values/labels';
import { canonicalUnit } from '../values/units';
import { attainment, type AttainmentResult } from './bands';
import type { Method, Rules } from './rules';

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

/** The figures of one grading: the indicator's name and unit (which band applies), and the baseline for progress. */
export interface Graded {
  name: string;
  unit: string | null | undefined;
  actual: number;
  target: number;
  direction: Direction;
  baseline?: number;
}

/** An attainment under the rules; `band` is set when the tolerance band counted a shortfall as met (the attainment is then 1). */
export type BandedAttainment = AttainmentResult & { band: number | null };

/**
 * The attainment under the rules: the indicator's tolerance band (評価設定), where one applies,
 * replaces the relative tolerance and counts an actual within it as met (1); `method` defaults to
 * the rules' (the monthly year to date, which has no baseline, passes 'ratio').
 */
export function bandedAttainment(
  g: Graded,
  rules: Pick<Rules, 'method' | 'tolerance' | 'tolerances' | 'surveyTolerance'>,
  method: Method = rules.method,
): BandedAttainment {
  const band = toleranceBandOf(g.name, g.unit, rules);
  const r = attainment(g.actual, g.target, g.direction, method, band === null ? rules.tolerance : 0, g.baseline);
  if (r.attainment === null) return { ...r, band: null };
  if (band !== null && r.attainment < 1 && withinBand(g.actual, g.target, g.direction, band)) return { attainment: 1, band };
  return { attainment: r.attainment, band: null };
}
