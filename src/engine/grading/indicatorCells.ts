/**
 * Where each fact of an evaluated indicator was read (the report's `cells`) and what the reading
 * had to guess (`guesses`). The period heading needs the sheets' cells: periodHeadings.ts fills it.
 */
import type { Point, RawIndicator } from '../detect';
import { qualified } from '../detect/join';
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
    grade: gradeAddress(ind),
    direction: chosen.direction,
  };
}

/** The grade cell's address as the report gives it: 'Sheet!C5' when it stands on another sheet than the indicator's. */
export function gradeAddress(ind: RawIndicator): string | null {
  const gc = ind.gradeCell;
  if (!gc) return null;
  return gc.sheet && gc.sheet !== ind.sheet ? qualified(gc.sheet, gc.cell) : gc.cell;
}

/** The guesses of the reading, as the report gives them. */
export function guessesOf(ind: RawIndicator): ReadingGuessReport[] {
  return (ind.guesses ?? []).map((g) => ({ reason: g.reason, cells: [...g.cells] }));
}
