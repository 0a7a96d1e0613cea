/**
 * With no target of its own for the period evaluated, an indicator is graded against its final target (the samples' rule:
 * `targetSource` final). When that target is of a year before the period — a plan's 中間目標（R5）, or the last year of a plan
 * whose term has ended (目標値（R7） read in R8) — it is the latest target the sheet gives, but not plainly the one the
 * period is judged by: the office may have set a new one elsewhere, or judge the plan's end only. So the grade rests on a
 * guess: a `reading-uncertain` finding names the target's and the actual's cells. An actual of that same past year (the
 * latest figure published, itself said by staleActual) is judged by its own year's target, no guess.
 */
import type { Point } from '../detect';
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import type { Period } from '../values/periods';
import type { ChosenTarget } from './choosePoints';

/** The guess when the grade compares the actual with a final target of a year before the period, else none. */
export function pastTargetFindings(r: IndicatorReport, chosen: ChosenTarget, actual: Point | undefined, period: Period | null): Finding[] {
  if (chosen.kind !== 'usable' || chosen.source !== 'final' || chosen.insteadOf || !period || r.grade === null || !actual) return [];
  const year = chosen.point.period?.fiscalYear;
  if (year === undefined || year >= period.fiscalYear) return [];
  if (actual.period && actual.period.fiscalYear <= year) return [];
  const guess = { reason: 'target-past-year' as const, cells: [chosen.point.cell, actual.cell] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period.label)];
}
