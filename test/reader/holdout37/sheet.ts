/** Small writing helpers of hold-out 37 (beside holdout2/kit's put): merged headings, hidden code columns, percent cells. */
import type { Worksheet } from 'exceljs';

/** Writes value into the top-left cell of rows r1..r2 × columns c1..c2 (1-based) and merges them. */
export function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value: string | number): void {
  ws.getCell(r1, c1).value = value;
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
}

/** A fraction shown as a percentage (the way a department's 達成率 column is usually stored). */
export function percent(ws: Worksheet, row: number, col: number, fraction: number): void {
  const cell = ws.getCell(row, col);
  cell.value = fraction;
  cell.numFmt = '0.0%';
}

/** Column widths from column 1 on (undefined keeps the default). */
export function widths(ws: Worksheet, values: (number | undefined)[]): void {
  values.forEach((w, i) => {
    if (w !== undefined) ws.getColumn(i + 1).width = w;
  });
}
