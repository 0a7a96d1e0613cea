/**
 * A sheet as a clerk lays it out: values placed by row and column from an origin, merged
 * headings, wrapped text. Written to real .xlsx bytes with exceljs (in memory, nothing on disk).
 */
import ExcelJS from 'exceljs';

export type CellValue = string | number | Date | null;

/** A number shown through a number format (a percentage stored as a fraction under '0.0%'). */
export interface Formatted {
  value: number | Date;
  numFmt: string;
}
export type Put = CellValue | Formatted;

const isFormatted = (v: Put | undefined): v is Formatted => typeof v === 'object' && v !== null && !(v instanceof Date);

export interface CellStyle {
  /** An Excel number format, e.g. '0.0%'. */
  numFmt?: string;
}

export class Grid {
  readonly cells = new Map<string, { row: number; col: number; value: CellValue; style?: CellStyle }>();
  readonly merges: [number, number, number, number][] = [];

  /** `top`/`left` (1-based) is where the grid's (0, 0) lands on the sheet. */
  constructor(
    readonly name: string,
    readonly top = 1,
    readonly left = 1,
  ) {}

  set(row: number, col: number, put: Put, style?: CellStyle): this {
    const value = isFormatted(put) ? put.value : put;
    if (isFormatted(put)) style = { ...style, numFmt: put.numFmt };
    this.cells.set(`${row},${col}`, { row: row + this.top, col: col + this.left, value, style });
    return this;
  }

  /** Values across a row from (row, col). */
  row(row: number, col: number, values: Put[]): this {
    values.forEach((v, i) => v !== null && v !== undefined && this.set(row, col + i, v));
    return this;
  }

  /** Merges (row, col) over `rows` × `cols` cells, the value in the top-left one. */
  merge(row: number, col: number, rows: number, cols: number, value?: CellValue): this {
    if (value !== undefined) this.set(row, col, value);
    if (rows > 1 || cols > 1) this.merges.push([row + this.top, col + this.left, row + this.top + rows - 1, col + this.left + cols - 1]);
    return this;
  }

  /** The A1 address of a grid position. */
  address(row: number, col: number): string {
    return `${columnLetters(col + this.left)}${row + this.top}`;
  }
}

export function columnLetters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The .xlsx bytes of the grids, one sheet each, in order. */
export async function xlsxBytes(grids: Grid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    for (const c of g.cells.values()) {
      const cell = ws.getCell(c.row, c.col);
      cell.value = c.value;
      if (typeof c.value === 'string' && c.value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.style?.numFmt) cell.numFmt = c.style.numFmt;
    }
    for (const [r1, c1, r2, c2] of g.merges) ws.mergeCells(r1, c1, r2, c2);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
