/**
 * Small helpers for the hold-out workbooks: write a block of rows from a cell, and state an
 * indicator's expected facts the way a clerk reads them (grade under the samples README's default rules).
 */
import type { Worksheet } from 'exceljs';
import { attainmentOf, gradeOf, type Direction, type ExpectedIndicator } from '../model';

export type Cell = string | number | null | undefined;

/** Writes `data` row by row from the cell `at` (A1 form); null/undefined leaves a cell empty; text with a line break wraps. */
export function rows(ws: Worksheet, at: string, data: Cell[][]): void {
  const start = ws.getCell(at);
  const r0 = Number(start.row);
  const c0 = Number(start.col);
  data.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r0 + i, c0 + j);
      cell.value = v;
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'middle' };
    }),
  );
}

/** An actual as the clerk reads it: a number, a number marked 見込み, or no number (集計中, －, blank, 未実施). */
export type Actual = number | { provisional: number } | 'pending' | 'none' | 'missing' | 'not-implemented';

export interface IndOptions {
  direction?: Direction;
  existing?: string;
  targetSource?: 'final';
  /** Leave the direction fact out (a layout that never states one, like the samples' family D). */
  noDirection?: boolean;
}

/** The facts of one indicator; `unit` undefined leaves the unit fact out. */
export function ind(
  sheet: string,
  name: string,
  unit: string | null | undefined,
  target: number | null,
  actual: Actual,
  o: IndOptions = {},
): ExpectedIndicator {
  const direction = o.direction ?? 'up';
  const out: ExpectedIndicator = { sheet, name, grade: null };
  if (unit !== undefined) out.unit = unit;
  out.target = target;
  if (typeof actual === 'number') {
    out.actual = actual;
    out.grade = gradeOf(attainmentOf(target, actual, direction));
  } else if (typeof actual === 'object') {
    out.actual = actual.provisional;
    out.actualStatus = 'provisional';
    out.grade = gradeOf(attainmentOf(target, actual.provisional, direction));
  } else if (actual === 'not-implemented') {
    out.actualStatus = 'not-implemented';
    out.grade = 'D';
  } else out.actualStatus = actual === 'none' ? 'not-applicable' : actual;
  if (!o.noDirection) out.direction = direction;
  if (o.existing !== undefined) out.existing = o.existing;
  if (o.targetSource) out.targetSource = o.targetSource;
  return out;
}
