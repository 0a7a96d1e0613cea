/** Cell helpers for the 25th hold-out set, beside the shared ones of hold-out 2 (put, ind, gradeOf, rollUp). */
import type { Worksheet } from 'exceljs';

export { gradeOf, ind, put, rollUp } from '../holdout2/kit';
export type { Holdout2Workbook as Holdout25Workbook } from '../holdout2/kit';

/** The A1 letters of a 1-based column. */
export function colName(col: number): string {
  let out = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

/** The A1 address of a 1-based (row, col). */
export const addr = (row: number, col: number) => `${colName(col)}${row}`;

/** Merges a range (1-based, inclusive) whose top-left cell already holds its text. */
export function merge(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  ws.mergeCells(top, left, bottom, right);
}

/** A formula cell with its cached result (what Excel would have saved), in a number format. */
export function formula(ws: Worksheet, row: number, col: number, text: string, result: number, numFmt?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = { formula: text, result };
  if (numFmt) cell.numFmt = numFmt;
}

/** A number shown with thousands separators (a number cell, not text). */
export function num(ws: Worksheet, row: number, col: number, value: number, numFmt = '#,##0'): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.numFmt = numFmt;
}

/** Full-width digits and punctuation, as some offices type numbers (１，２００．５). */
export function fullWidth(text: string): string {
  return text.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Sets column widths from a list (1-based from column 1). */
export function widths(ws: Worksheet, list: number[]): void {
  list.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
