/**
 * An indicator whose direction nothing states (no 評価設定, no 方向 cell, no words, no bound, no subject known to be
 * lower-is-better) is graded as more-is-better. When its target lies below its baseline (基準値 1.8 → 目標値 1.2) the
 * office may well want less of it — or not: a target below the baseline does not by itself mean lower is better
 * (従業者数 10,100 against 10,796, evaluation practice: a count held against a decline). Only a target well below the
 * baseline (more than a tenth under it), with the actual moved from the baseline toward it (target ≤ actual < baseline),
 * makes lower-is-better likely enough: the grade then rests on a guess, a `reading-uncertain` finding naming the
 * baseline and target cells, the direction left as read (up). An actual fallen below the target or risen above the
 * baseline shows no such course (新規雇用者数 47 against a target of 60: fewer is read as worse, no guess), and so does
 * any target of the indicator at or above the baseline (a 前期目標 below it, the 後期目標 above: a dip, still more-is-better),
 * or a figure risen since the year before. A written grade equal to the met grade says nothing of the way: it may be a formula
 * over the attainment, or typed from one, as blind to the direction as the default (review rv46).
 */
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import type { DirectionSource } from './direction';
import type { Period } from '../values/periods';
import type { RawIndicator } from '../detect/types';

/** A target this share of the baseline or more is a count held against a decline, no sign of lower-is-better. */
const HELD = 0.9;

/**
 * The guess when the direction was read by default (up) while a direction cell holds words the reader does not know
 * (detect/unreadDirection.ts): the grade rests on the default, so the cell is named.
 */
export function unreadDirectionFindings(
  r: IndicatorReport,
  source: DirectionSource,
  unread: RawIndicator['unreadDirection'],
  period: Period | null,
): Finding[] {
  if (source !== 'default' || !unread || r.grade === null) return [];
  const guess = { reason: 'direction-unread' as const, cells: [unread.cell] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}

/** The guess when the direction was read by default and the graded target lies below the baseline, else none. */
export function unstatedDirectionFindings(
  r: IndicatorReport,
  source: DirectionSource,
  targets: readonly (number | undefined)[],
  period: Period | null,
): Finding[] {
  if (source !== 'default' || r.direction !== 'up' || r.grade === null) return [];
  const { baseline, target, actual } = r;
  const cells = [r.cells.baseline, r.cells.target];
  if (baseline === null || target === null || actual === null || !(baseline > 0) || !(target < baseline * HELD) || !cells[0] || !cells[1]) return [];
  if (actual < target || actual >= baseline || targets.some((t) => t !== undefined && t >= baseline)) return [];
  // A figure that rose since last year (256,268 → 380,769) is on no course down.
  if (r.previousActual !== null && r.previousActual < actual) return [];
  const guess = { reason: 'direction-unstated' as const, cells: cells as string[] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}
