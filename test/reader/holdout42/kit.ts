/** Small helpers of hold-out 42 beyond holdout2/kit: a city's own grading bands, formula cells with a cached result, merged text. */
import type { Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';

/**
 * The grade under a city's own bands stated on the sheet (lower bounds of A, B and C, inclusive, compared unrounded;
 * D below): e.g. [1, 0.9, 0.7] for 「A：100％以上　B：90％以上　C：70％以上　D：70％未満」. null when no grade can be given.
 */
export function bandGrade(bounds: [number, number, number], target: number | null, actual: number | null, direction: Direction = 'up'): string | null {
  if (target === null || actual === null) return null;
  if (direction === 'up' && target === 0) return null;
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= bounds[0] ? 'A' : rate >= bounds[1] ? 'B' : rate >= bounds[2] ? 'C' : 'D';
}

/** The same indicator graded by the sheet's own bands instead of the default ones. */
export function withBands(e: ExpectedIndicator, bounds: [number, number, number]): ExpectedIndicator {
  return { ...e, grade: bandGrade(bounds, e.target ?? null, e.actual ?? null, e.direction) };
}

/** A formula cell with the value Excel cached for it (a number, or an error value such as #DIV/0!). */
export function formula(ws: Worksheet, row: number, col: number, text: string, result: number | '#DIV/0!' | '#REF!', numFmt?: string): void {
  const cell = ws.getCell(row, col);
  cell.value = typeof result === 'number' ? { formula: text, result } : { formula: text, result: { error: result } };
  if (numFmt) cell.numFmt = numFmt;
}

/** Text in the top-left cell of a merged range (1-based rows and columns). */
export function merged(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, text: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  ws.getCell(r1, c1).value = text;
}

/** A1-style column letter of a 1-based column (up to ZZ). */
export function col(c: number): string {
  const letter = (n: number) => String.fromCharCode(64 + n);
  return c <= 26 ? letter(c) : letter(Math.floor((c - 1) / 26)) + letter(((c - 1) % 26) + 1);
}
