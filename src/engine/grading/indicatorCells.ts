/**
 * Where each fact of an evaluated indicator was read (the report's `cells`) and what the reading
 * had to guess (`guesses`). The period heading needs the sheets' cells: periodHeadings.ts fills it.
 */
import type { Point, RawIndicator } from '../detect';
import type { IndicatorCells, ReadingGuessReport } from '../model/report';

export interface ChosenCells {
  actual: Point | undefined;
  /** The target cell used, or the one a missing-target finding blames. */
  target: string | null;
  baseline: Point | undefined;
  /** Where the unit came from when the indicator has no 単位 cell or name suffix: the target's or the actual's figure. */
  unitFrom: 'indicator' | 'target' | 'actual' | null;
  /** The cell the direction was read from (direction.ts, directionWithSource), null when none. */
  direction: string | null;
}

/** The cells of the facts used; `period` is left null (filled from the sheets by the check). */
export function indicatorCells(ind: RawIndicator, chosen: ChosenCells): IndicatorCells {
  const unit =
    chosen.unitFrom === 'indicator'
      ? (ind.unitCell ?? ind.nameCell)
      : chosen.unitFrom === 'target'
        ? chosen.target
        : chosen.unitFrom === 'actual'
          ? (chosen.actual?.cell ?? null)
          : null;
  return {
    name: ind.nameCell,
    unit,
    baseline: chosen.baseline?.cell ?? null,
    target: chosen.target,
    actual: chosen.actual?.cell ?? null,
    period: null,
    grade: ind.gradeCell?.cell ?? null,
    direction: chosen.direction,
  };
}

/** The guesses of the reading, as the report gives them. */
export function guessesOf(ind: RawIndicator): ReadingGuessReport[] {
  return (ind.guesses ?? []).map((g) => ({ reason: g.reason, cells: [...g.cells] }));
}
