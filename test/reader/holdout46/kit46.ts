/** Small cell helpers for hold-out 46 (on top of ../holdout2/kit): merged ranges, formulas with cached values, % formats. */
import type { Worksheet } from 'exceljs';

/** Merges a range like 'B3:F3' (the value stays in its top-left cell). */
export function merge(ws: Worksheet, range: string): void {
  ws.mergeCells(range);
}

/** A formula cell whose cached result is `result` (a clerk reads the value shown). */
export function formula(ws: Worksheet, address: string, text: string, result: number, numFmt?: string): void {
  const cell = ws.getCell(address);
  cell.value = { formula: text, result };
  if (numFmt) cell.numFmt = numFmt;
}

/** A ％ figure stored as a fraction under a % number format (shown as 74.0%). */
export function fraction(ws: Worksheet, address: string, value: number, numFmt = '0.0%'): void {
  const cell = ws.getCell(address);
  cell.value = value;
  cell.numFmt = numFmt;
}

/** Sets a thousands-separator format on the whole numbers of a rectangle of cells (row/col 1-based, inclusive). */
export function commaFormat(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number' && Number.isInteger(cell.value)) cell.numFmt = '#,##0';
    }
}
