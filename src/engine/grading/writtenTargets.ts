/**
 * Targets and actuals that a cell's words state rather than its place: a cell holding both
 * (pairedCells.ts), a target relative to last year's actual (lastYearTarget.ts), to the baseline (relativeTarget.ts) or to a named year's figure (yearRelativeTarget.ts), a target in the 備考 text
 * (remarksTarget.ts), 「全校」 with the count the 備考 gives (allOfTarget.ts). Applied to an indicator before it is evaluated; what rests on a guess gives a
 * reading-uncertain finding naming the cells.
 */
import type { Point, RawIndicator, ReadingGuess } from '../detect';
import { guessFinding } from '../model/findings';
import type { Finding } from '../model/report';
import type { Period } from '../values/periods';
import { withAllOfTargets } from './allOfTarget';
import { withPairedCellsSplit } from './pairedCells';
import { withLastYearTargets } from './lastYearTarget';
import { withRelativeTargets } from './relativeTarget';
import { withRemarksTarget } from './remarksTarget';
import { withYearRelativeTargets } from './yearRelativeTarget';
import type { Rules } from './rules';

export function readWrittenTargets(
  written: RawIndicator,
  period: Period | null,
  baselineOf: (ind: RawIndicator) => Point | undefined,
  rules?: Rules,
): { ind: RawIndicator; findings: Finding[] } {
  const lastYear = withLastYearTargets(withPairedCellsSplit(written), period, rules);
  const paired = lastYear.ind;
  const relative = withRelativeTargets(paired, baselineOf(paired));
  const yearRelative = withYearRelativeTargets(relative.ind);
  const remarks = withRemarksTarget(withAllOfTargets(yearRelative.ind), period);
  const guesses: ReadingGuess[] = [...lastYear.guesses, ...relative.guesses, ...yearRelative.guesses, ...remarks.guesses];
  const ind = guesses.length ? { ...remarks.ind, guesses: [...(remarks.ind.guesses ?? []), ...guesses] } : remarks.ind;
  const findings = guesses.map((g) => guessFinding(ind.sheet, ind.name, g, period?.label ?? null));
  return { ind, findings };
}
