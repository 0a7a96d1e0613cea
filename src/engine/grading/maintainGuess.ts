/**
 * A 維持 (→) in the sheet's direction column is graded as more is better (direction.ts). That is safe while the actual
 * falls short of the target or meets it: a shortfall is one either way. An actual above the target is met only if more is
 * better; where nothing says so — no word (「増やす」「多いほど良い」), no bound (「80%以上」), no 評価設定 — the grade rests on
 * a guess (実質公債費比率 kept at 8.0, 9.6 read: less is better, the target missed), so a `reading-uncertain` finding names
 * the direction cell, the actual and the target, the grade left as read. The 進捗率 method keeps 維持 two-sided: no guess.
 */
import type { RawIndicator } from '../detect';
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import { wayFromText } from '../values/directionWords';
import { parseDirection } from '../values/labels';
import { normalizeText } from '../values/text';
import type { Period } from '../values/periods';
import { targetBoundOf } from './direction';
import type { Rules } from './rules';

/** The guess when a 維持 read as more-is-better has its actual above the target and nothing says more is better, else none. */
export function maintainExceededFindings(r: IndicatorReport, ind: RawIndicator, rules: Rules, period: Period | null): Finding[] {
  const stated = ind.statedDirection;
  if (stated?.value !== 'maintain' || rules.directions[ind.name] || rules.method === 'progress') return [];
  if (r.direction !== 'up' || r.grade === null || r.actual === null || r.target === null || !(r.actual > r.target)) return [];
  if (wayFromText(ind.wordsForDirection) === 'up' || targetBoundOf(ind)?.value === 'up') return [];
  const { actual, target } = r.cells;
  if (!actual || !target) return [];
  const guess = { reason: 'maintain-exceeded' as const, cells: [stated.cell, actual, target] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}

/** A 維持 target naming what it keeps (「基準値を維持」「策定時の値を維持」): the sheet's own word, no guess. */
const NAMES_BASELINE = /基準|策定時|計画時/;

/**
 * A target written 「現状維持」「維持」 graded against the baseline's figure: 現状 may be the baseline's year or the latest
 * actual's, so unless the sheet's note says a 維持 keeps the baseline (「「現状維持」は基準値を維持することを目標とする」), the
 * target is the reader's reading: a `target-from-baseline` guess naming the target cell and the baseline's.
 */
export function maintainTargetFindings(r: IndicatorReport, ind: RawIndicator, period: Period | null): Finding[] {
  const { target, baseline } = r.cells;
  if (!target || !baseline || r.target === null || ind.baselineMaintainNote) return [];
  const t = ind.targets.find((p) => p.cell === target);
  if (!t || t.parsed.status !== 'text') return [];
  const text = normalizeText(t.parsed.text).replace(/\s+/g, '');
  if (parseDirection(text) !== 'maintain' || NAMES_BASELINE.test(text)) return [];
  const guess = { reason: 'target-from-baseline' as const, cells: [target, baseline] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}
