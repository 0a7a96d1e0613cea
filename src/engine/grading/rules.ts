/**
 * The rating rules. Defaults follow the most common municipal practice; every one can be
 * changed in the workbook's 評価設定 sheet or by a JSON file given with --rules.
 */
import type { Direction } from '../values/labels';
import type { RulesProblem, ScaleProblem } from '../model/usageParams';

export interface Band {
  grade: string;
  label: string;
  /** Lower bound of attainment as a fraction (1 = 100 %), inclusive; null for the last band. */
  min: number | null;
  /** Points for the policy roll-up (A 4 … D 1). */
  points: number;
}

export type Method = 'ratio' | 'progress';
/** A grade of a shortfall scale in points (grading/pointGapLegend.ts): a shortfall under `below` (at most it, `inclusive`); null: any. */
export interface PointGap {
  grade: string;
  below: number | null;
  inclusive: boolean;
}
export type TargetSource = 'expected' | 'final';
export type Rollup = 'mean' | 'worst';
/** How the mean of points becomes a whole number of points: 四捨五入 / 切り捨て / 切り上げ. */
export type Rounding = 'half-up' | 'down' | 'up';

export interface Rules {
  /** Ordered bands, first match wins. */
  scale: Band[];
  method: Method;
  /** expected: the period's own 期待値/目標 when there is one, else the final target; final: always the final target. */
  targetSource: TargetSource;
  /** When a period has no target of its own, pro-rate the final target linearly from the baseline. */
  proRate: boolean;
  /** For indicators to be maintained: the allowed deviation from the target, as a fraction. */
  tolerance: number;
  /**
   * For survey and ratio indicators (unit % or ポイント): an actual within this many points of the
   * target (short of it, or either side for 維持) counts as met; null = no such band.
   */
  surveyTolerance: number | null;
  /** The same band per indicator name, in the indicator's own unit (overrides surveyTolerance). */
  tolerances: Record<string, number>;
  rollup: Rollup;
  /** Rounding of the mean of points in the policy roll-up. */
  rollupRounding: Rounding;
  /** The evaluation period as written ("令和5年度", "R5"); null = from the sheet or the latest actual. */
  period: string | null;
  /** Grade for 未実施 / 未着手. */
  notImplementedGrade: string;
  /** An actual over this many times (or under 1/this) the previous period's is flagged. */
  outlierFactor: number;
  /** The allowed 今後の方向性 words. */
  futureDirections: string[];
  /** Direction per indicator name (overrides what the workbook says). */
  directions: Record<string, Direction>;
  /** A sheet's scale of shortfalls in points for its rates (grading/pointGapLegend.ts); absent: rates graded as the rest. */
  pointGaps?: PointGap[];
}

export const DEFAULT_RULES: Rules = {
  scale: [
    { grade: 'A', label: '順調', min: 1, points: 4 },
    { grade: 'B', label: '概ね順調', min: 0.8, points: 3 },
    { grade: 'C', label: 'やや遅れている', min: 0.6, points: 2 },
    { grade: 'D', label: '遅れている', min: null, points: 1 },
  ],
  method: 'ratio',
  targetSource: 'expected',
  proRate: false,
  tolerance: 0.05,
  surveyTolerance: null,
  tolerances: {},
  rollup: 'mean',
  rollupRounding: 'half-up',
  period: null,
  notImplementedGrade: 'D',
  outlierFactor: 10,
  futureDirections: ['拡充', '継続', '見直し', '縮小', '廃止', '終了'],
  directions: {},
};

export function defaultRules(): Rules {
  return JSON.parse(JSON.stringify(DEFAULT_RULES)) as Rules;
}

export type { RulesProblem, ScaleProblem } from '../model/usageParams';

const DIRECTIONS: Direction[] = ['up', 'down', 'maintain'];

/**
 * Merges a partial rules object (from JSON or the settings sheet) over `base`, checking every
 * field. Unknown or invalid fields are reported and leave the base value in place.
 */
export function mergeRules(base: Rules, patch: unknown): { rules: Rules; problems: RulesProblem[] } {
  const rules: Rules = JSON.parse(JSON.stringify(base)) as Rules;
  const problems: RulesProblem[] = [];
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    return { rules, problems: [{ field: '(全体)', variant: 'not-an-object' }] };
  }
  const p = patch as Record<string, unknown>;
  const known = new Set(Object.keys(DEFAULT_RULES));
  for (const k of Object.keys(p)) if (!known.has(k)) problems.push({ field: k, variant: 'unknown-field' });
  if (p.scale !== undefined) {
    const s = checkScale(p.scale);
    if ('variant' in s) problems.push({ field: 'scale', variant: 'scale', scale: s });
    else rules.scale = s;
  }
  const oneOf = <T extends string>(field: keyof Rules, allowed: T[]) => {
    if (p[field] === undefined) return;
    if (allowed.includes(p[field] as T)) (rules as unknown as Record<string, unknown>)[field] = p[field];
    else problems.push({ field, variant: 'one-of', allowed, value: JSON.stringify(p[field]) });
  };
  oneOf('method', ['ratio', 'progress']);
  oneOf('targetSource', ['expected', 'final']);
  oneOf('rollup', ['mean', 'worst']);
  oneOf('rollupRounding', ['half-up', 'down', 'up']);
  if (p.proRate !== undefined) {
    if (typeof p.proRate === 'boolean') rules.proRate = p.proRate;
    else problems.push({ field: 'proRate', variant: 'boolean' });
  }
  const num = (field: 'tolerance' | 'outlierFactor', min: number, max: number) => {
    if (p[field] === undefined) return;
    const v = p[field];
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) rules[field] = v;
    else problems.push({ field, variant: 'range', min, max, value: JSON.stringify(v) });
  };
  num('tolerance', 0, 1);
  num('outlierFactor', 1, 1e6);
  mergeTolerances(rules, p, problems);
  if (p.period !== undefined) {
    if (p.period === null || typeof p.period === 'string') rules.period = p.period === '' ? null : (p.period as string | null);
    else problems.push({ field: 'period', variant: 'period' });
  }
  if (p.notImplementedGrade !== undefined) {
    if (typeof p.notImplementedGrade === 'string' && rules.scale.some((b) => b.grade === p.notImplementedGrade))
      rules.notImplementedGrade = p.notImplementedGrade;
    else problems.push({ field: 'notImplementedGrade', variant: 'not-implemented-grade', grades: rules.scale.map((b) => b.grade) });
  }
  if (p.futureDirections !== undefined) {
    if (Array.isArray(p.futureDirections) && p.futureDirections.length > 0 && p.futureDirections.every((x) => typeof x === 'string' && x.trim()))
      rules.futureDirections = (p.futureDirections as string[]).map((x) => x.trim());
    else problems.push({ field: 'futureDirections', variant: 'future-directions' });
  }
  if (p.directions !== undefined) {
    if (p.directions && typeof p.directions === 'object' && !Array.isArray(p.directions)) {
      for (const [name, d] of Object.entries(p.directions as Record<string, unknown>)) {
        if (DIRECTIONS.includes(d as Direction)) rules.directions[name] = d as Direction;
        else problems.push({ field: `directions.${name}`, variant: 'direction', indicator: name });
      }
    } else problems.push({ field: 'directions', variant: 'directions' });
  }
  return { rules, problems };
}

const isBand = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** surveyTolerance (points, or null) and tolerances ({ name: ± in the indicator's unit }). */
function mergeTolerances(rules: Rules, p: Record<string, unknown>, problems: RulesProblem[]): void {
  if (p.surveyTolerance !== undefined) {
    if (p.surveyTolerance === null || isBand(p.surveyTolerance)) rules.surveyTolerance = p.surveyTolerance;
    else problems.push({ field: 'surveyTolerance', variant: 'not-negative', value: JSON.stringify(p.surveyTolerance) });
  }
  if (p.tolerances === undefined) return;
  if (!p.tolerances || typeof p.tolerances !== 'object' || Array.isArray(p.tolerances)) {
    problems.push({ field: 'tolerances', variant: 'tolerances' });
    return;
  }
  for (const [name, v] of Object.entries(p.tolerances as Record<string, unknown>)) {
    if (isBand(v)) rules.tolerances[name] = v;
    else problems.push({ field: `tolerances.${name}`, variant: 'not-negative', value: JSON.stringify(v) });
  }
}

/** The bands of a JSON scale, or the first problem with it. */
function checkScale(v: unknown): Band[] | ScaleProblem {
  if (!Array.isArray(v) || v.length < 2) return { variant: 'not-a-list' };
  const out: Band[] = [];
  for (const [i, b] of v.entries()) {
    if (!b || typeof b !== 'object') return { variant: 'band-invalid', position: i + 1 };
    const o = b as Record<string, unknown>;
    if (typeof o.grade !== 'string' || !o.grade.trim()) return { variant: 'band-no-grade', position: i + 1 };
    const last = i === v.length - 1;
    const min = o.min === undefined ? null : o.min;
    if (!last && (typeof min !== 'number' || !Number.isFinite(min))) return { variant: 'band-min', grade: o.grade };
    if (min !== null && typeof min !== 'number') return { variant: 'band-min', grade: o.grade };
    const points = o.points === undefined ? v.length - i : o.points;
    if (typeof points !== 'number') return { variant: 'band-points', grade: o.grade };
    out.push({ grade: o.grade.trim(), label: typeof o.label === 'string' ? o.label : '', min: last && min === null ? null : (min as number), points });
  }
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1].min;
    const b = out[i].min;
    if (a !== null && b !== null && b >= a) return { variant: 'band-order', upper: out[i - 1].grade, upperMin: a, lower: out[i].grade, lowerMin: b };
  }
  if (new Set(out.map((b) => b.grade)).size !== out.length) return { variant: 'grades-repeat' };
  for (let i = 1; i < out.length; i++)
    if (out[i].points >= out[i - 1].points) return { variant: 'band-points-order', upper: out[i - 1].grade, lower: out[i].grade };
  return out;
}
