/**
 * What the reading took from each cell of an indicator (`evalsheet check --explain`, the pane's
 * list): per fact its cell (as in the report's `cells`) and the value as written there.
 */
import type { Point, RawIndicator } from '../detect';
import type { Evaluated } from '../grading/evaluate';
import { gradeAddress } from '../grading/indicatorCells';
import type { CellValue } from '../model/port';
import type { IndicatorCells } from '../model/report';

export type FactName = keyof IndicatorCells;

/** The facts in the order a person reads an indicator. */
export const FACTS: readonly FactName[] = ['name', 'unit', 'baseline', 'target', 'actual', 'period', 'grade', 'direction'];

export interface FactAsRead {
  fact: FactName;
  /** As in the report's `cells`: A1 on the indicator's sheet, 'Sheet!A1' on another; null when the fact has no cell. */
  cell: string | null;
  /** As written in the cell; for the name, unit and period, as read (the name without its number or unit, the period's label). */
  value: CellValue;
}

const rawAt = (cell: string | null, points: Point[]): CellValue => (cell ? (points.find((p) => p.cell === cell)?.raw ?? null) : null);

/** The words the direction was read from: the 方向 cell's, the target's bound, the name's, the description's or the 備考's. */
function directionAsRead(raw: RawIndicator, cell: string | null): CellValue {
  if (!cell) return null;
  if (cell === raw.statedDirection?.cell) return raw.statedDirection.text;
  const texts: [string | undefined, string | undefined][] = [
    [raw.nameCell, raw.name],
    [raw.descriptionCell, raw.description],
    [raw.noteCell, raw.note],
  ];
  return rawAt(cell, raw.targets) ?? texts.find(([c]) => c === cell)?.[1] ?? null;
}

export function factsAsRead({ report: r, raw }: Evaluated): FactAsRead[] {
  const value: Record<FactName, CellValue> = {
    name: r.name,
    unit: r.unit,
    baseline: rawAt(r.cells.baseline, raw.baselines),
    target: rawAt(r.cells.target, raw.targets),
    actual: rawAt(r.cells.actual, raw.actuals),
    period: r.actualPeriod,
    grade: raw.gradeCell && gradeAddress(raw) === r.cells.grade ? raw.gradeCell.raw : null,
    direction: directionAsRead(raw, r.cells.direction),
  };
  return FACTS.map((fact) => ({ fact, cell: r.cells[fact], value: value[fact] }));
}
