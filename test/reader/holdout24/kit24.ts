/** Small helpers of the twenty-fourth hold-out set: titles, merged cells and the facts of a cell with several measures. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator, ExpectedMeasure } from '../model';
import { gradeOf } from '../holdout2/kit';

export { gradeOf, ind, put, rollUp } from '../holdout2/kit';

/** Writes `value` into (row, col) and merges it over `rows` × `cols` cells (1 × 1: no merge). */
export function merged(ws: Worksheet, row: number, col: number, value: string | number, rows = 1, cols = 1): void {
  ws.getCell(row, col).value = value;
  if (rows > 1 || cols > 1) ws.mergeCells(row, col, row + rows - 1, col + cols - 1);
}

/** An indicator whose cells hold several labelled measures: the lowest attainment counts. */
export function measuresInd(sheet: string, name: string, unit: string, measures: ExpectedMeasure[], existing?: string): ExpectedIndicator {
  const rates = measures.map((m) => (m.actual === null ? null : m.actual / m.target));
  const lowest = rates.some((r) => r === null) ? null : Math.min(...(rates as number[]));
  const out: ExpectedIndicator = { sheet, name, unit, measures, direction: 'up', grade: lowest === null ? null : gradeOf(1, lowest) };
  if (existing) out.existing = existing;
  return out;
}
