/**
 * What the reading took from each cell of an indicator (`evalsheet check --explain`, the pane's
 * list): per fact its cell (as in the report's `cells`) and the value as written there.
 */
import type { Point } from '../detect';
import type { Evaluated } from '../grading/evaluate';
import type { CellValue } from '../model/port';
import type { IndicatorCells } from '../model/report';

export type FactName = keyof IndicatorCells;

/** The facts in the order a person reads an indicator. */
export const FACTS: readonly FactName[] = ['name', 'unit', 'baseline', 'target', 'actual', 'period', 'grade'];

export interface FactAsRead {
  fact: FactName;
  /** As in the report's `cells`: A1 on the indicator's sheet, 'Sheet!A1' on another; null when the fact has no cell. */
  cell: string | null;
  /** As written in the cell; for the name, unit and period, as read (the name without its number or unit, the period's label). */
  value: CellValue;
}

const rawAt = (cell: string | null, points: Point[]): CellValue => (cell ? (points.find((p) => p.cell === cell)?.raw ?? null) : null);

export function factsAsRead({ report: r, raw }: Evaluated): FactAsRead[] {
  const value: Record<FactName, CellValue> = {
    name: r.name,
    unit: r.unit,
    baseline: rawAt(r.cells.baseline, raw.baselines),
    target: rawAt(r.cells.target, raw.targets),
    actual: rawAt(r.cells.actual, raw.actuals),
    period: r.actualPeriod,
    grade: raw.gradeCell && raw.gradeCell.cell === r.cells.grade ? raw.gradeCell.raw : null,
  };
  return FACTS.map((fact) => ({ fact, cell: r.cells[fact], value: value[fact] }));
}
