/** Small helpers for hold-out 55: an indicator with extra facts, and cell writing with merges and formats. */
import type { Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator, Status } from '../model';
import { ind } from '../holdout2/kit';

export { put } from '../holdout2/kit';

/** ind() with the period's target being the plan's final one (targetSource 'final'). */
export function fin(
  sheet: string,
  name: string,
  unit: string | null,
  target: number | null,
  actual: number | null,
  more: { direction?: Direction; existing?: string; actualStatus?: Status } = {},
): ExpectedIndicator {
  return { ...ind(sheet, name, unit, target, actual, more), targetSource: 'final' };
}

/** Writes a value into a range and merges it. */
export function merged(ws: Worksheet, range: string, value: string | number): void {
  ws.mergeCells(range);
  ws.getCell(range.split(':')[0]).value = value;
}

/** A thousands-separator format on the numeric cells of a block (1-based, inclusive). */
export function comma(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, fmt = '#,##0'): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number') cell.numFmt = fmt;
    }
}
