/** Attainment and grade bands. */
import type { Direction } from '../values/labels';
import type { Band, Method, Rounding } from './rules';

/** A tiny margin so that 0.8 computed as 0.7999999999999999 still reaches an 80 % bound. */
const EPS = 1e-9;

export type AttainmentResult =
  { attainment: number } | { attainment: null; reason: 'target-zero' | 'baseline-equals-target' | 'no-baseline' | 'target-against-direction' };

/**
 * Attainment as a fraction (1 = 100 %).
 * - ratio, up: actual ÷ target; down: target ÷ actual (an actual of 0 counts as met);
 * - maintain: 1 within ± tolerance of the target, else the smaller over the larger;
 * - progress: (actual − baseline) ÷ (target − baseline), either direction; below 0 when the actual
 *   moved away from the target. Undefined without a baseline, when the target equals it, and when the
 *   target lies on the wrong side of it for the direction (up with a target below the baseline: the
 *   formula would reward a fall). A 維持 indicator is judged as in ratio (within ± tolerance).
 */
export function attainment(actual: number, target: number, direction: Direction, method: Method, tolerance: number, baseline?: number): AttainmentResult {
  if (method === 'progress' && direction !== 'maintain') {
    if (baseline === undefined) return { attainment: null, reason: 'no-baseline' };
    if (target === baseline) return { attainment: null, reason: 'baseline-equals-target' };
    if (target > baseline !== (direction === 'up')) return { attainment: null, reason: 'target-against-direction' };
    return { attainment: (actual - baseline) / (target - baseline) };
  }
  if (direction === 'maintain') {
    if (target === 0) return { attainment: actual === 0 ? 1 : 0 };
    if (Math.abs(actual - target) <= Math.abs(target) * tolerance + EPS) return { attainment: 1 };
    const lo = Math.min(Math.abs(actual), Math.abs(target));
    const hi = Math.max(Math.abs(actual), Math.abs(target));
    return { attainment: hi === 0 ? 1 : lo / hi };
  }
  // A negative target (negativeTarget.ts): down, a reduction to reach (−8 against −10: 80 %); up, a floor (−150 against −100: 67 %).
  if (direction === 'down') {
    if (target < 0) return { attainment: actual < 0 ? actual / target : 0 };
    if (actual <= 0) return { attainment: 1 };
    return { attainment: target / actual };
  }
  if (target === 0) return { attainment: null, reason: 'target-zero' };
  if (target < 0) return { attainment: actual >= 0 ? 1 : target / actual };
  return { attainment: actual / target };
}

/** The first band whose lower bound the attainment reaches (bounds inclusive, unrounded). */
export function gradeFor(att: number, scale: Band[]): string {
  for (const b of scale) if (b.min === null || att >= b.min - EPS) return b.grade;
  return scale[scale.length - 1].grade;
}

export function pointsOf(grade: string, scale: Band[]): number | null {
  return scale.find((b) => b.grade === grade)?.points ?? null;
}

const ROUND: Record<Rounding, (x: number) => number> = {
  'half-up': (x) => Math.floor(x + 0.5 + EPS),
  down: (x) => Math.floor(x + EPS),
  up: (x) => Math.ceil(x - EPS),
};

/** Mean of points (rounded half up unless told), or the worst grade; null when nothing is graded. */
export function rollUp(grades: string[], scale: Band[], how: 'mean' | 'worst', rounding: Rounding = 'half-up'): string | null {
  const pts = grades.map((g) => pointsOf(g, scale)).filter((p): p is number => p !== null);
  if (!pts.length) return null;
  const target = how === 'worst' ? Math.min(...pts) : ROUND[rounding](pts.reduce((a, b) => a + b, 0) / pts.length);
  // The band with exactly those points, else the nearest below.
  const sorted = [...scale].sort((a, b) => b.points - a.points);
  return (sorted.find((b) => b.points <= target) ?? sorted[sorted.length - 1]).grade;
}
