/** Cell drawing for hold-out workbooks: borders, merged captions, wrapped text and column widths (1-based, inclusive ranges). */
import type { Worksheet } from 'exceljs';

const THIN = { style: 'thin' as const };

/** Thin borders round every cell of the range. */
export function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Merges the range and writes its value in the top-left cell (wrapped). */
export function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  if (value !== undefined) cell.value = value;
  cell.alignment = { wrapText: true, vertical: 'middle' };
}

/** Wraps the text of the range's cells. */
export function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'middle' };
}

/** Column widths from column A. */
export function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}
