/** Small writing helpers shared by the fortieth hold-out set's workbooks (cells, merges, borders). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';

export { put, ind, rollUp } from '../holdout2/kit';

/** Writes one value and merges it over `cols` columns and `rows` rows (1-based top-left). */
export function merged(ws: Worksheet, row: number, col: number, value: string | number, cols = 1, rows = 1): void {
  if (value !== '') ws.getCell(row, col).value = value;
  if (cols > 1 || rows > 1) ws.mergeCells(row, col, row + rows - 1, col + cols - 1);
}

/** Thin borders round every cell of a rectangle, as a clerk's table has them. */
export function box(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  const thin = { style: 'thin' as const };
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

/** Column widths from A on. */
export function widths(ws: Worksheet, list: number[]): void {
  list.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** An indicator a clerk reads but does not grade (discontinued, changed): the figures as written, no grade. */
export function ungraded(e: ExpectedIndicator): ExpectedIndicator {
  return { ...e, grade: null };
}

/** An indicator with no unit fact to check (none written anywhere for it). */
export function withoutUnit(e: ExpectedIndicator): ExpectedIndicator {
  const out = { ...e };
  delete out.unit;
  return out;
}
