/** Small cell-dressing helpers of the 60th hold-out set (borders, bold headings, widths, merges). */
import type { Worksheet } from 'exceljs';

const THIN = { style: 'thin' as const };

/** Thin borders round every cell of a block (rows r1..r2, columns c1..c2, 1-based). */
export function box(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Bold, centred, shaded heading cells in a block. */
export function heading(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }
}

/** Column widths from column 1 (undefined keeps the default). */
export function widths(ws: Worksheet, w: (number | undefined)[]): void {
  w.forEach((x, i) => {
    if (x !== undefined) ws.getColumn(i + 1).width = x;
  });
}

/** A number format on cells of a block. */
export function fmt(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, numFmt: string): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).numFmt = numFmt;
}

/** A SUM-like formula cell with its cached result, as Excel saves it. */
export function formula(ws: Worksheet, row: number, col: number, f: string, result: number, numFmt?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = { formula: f, result };
  if (numFmt) cell.numFmt = numFmt;
}
