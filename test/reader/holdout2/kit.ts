/** Small helpers for the second hold-out set: a workbook's shape, cell writing and the default grading rules. */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator, ExpectedWorkbook, Status } from '../model';

export interface Holdout2Workbook {
  /** Also the file name (`${name}.xlsx`). */
  name: string;
  /** What is unusual about the layout, in one line. */
  layout: string;
  build(wb: Workbook): void;
  expected: ExpectedWorkbook;
}

/** Writes a row of values from (row, col), both 1-based; undefined leaves a cell empty. */
export function put(ws: Worksheet, row: number, col: number, values: (string | number | null | undefined)[]): void {
  values.forEach((v, i) => {
    if (v !== undefined && v !== null) ws.getCell(row, col + i).value = v;
  });
}

/** The grade under the samples README's default rules (null: no grade). */
export function gradeOf(target: number | null, actual: number | null, direction: Direction = 'up'): string | null {
  if (target === null || actual === null) return null;
  if (direction === 'up' && target === 0) return null;
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.6 ? 'C' : 'D';
}

const POINTS: Record<string, number> = { A: 4, B: 3, C: 2, D: 1 };

/** A policy sheet's roll-up: the mean of its graded indicators' points, rounded half up. */
export function rollUp(grades: (string | null)[]): string | null {
  const pts = grades.filter((g): g is string => !!g).map((g) => POINTS[g]);
  if (!pts.length) return null;
  const mean = Math.floor(pts.reduce((a, b) => a + b, 0) / pts.length + 0.5);
  return Object.keys(POINTS).find((k) => POINTS[k] === mean) ?? null;
}

/** An indicator with a numeric target and actual, graded by the default rules. */
export function ind(
  sheet: string,
  name: string,
  unit: string | null,
  target: number | null,
  actual: number | null,
  more: { direction?: Direction; existing?: string; actualStatus?: Status } = {},
): ExpectedIndicator {
  const out: ExpectedIndicator = { sheet, name, unit, target, grade: more.actualStatus === 'not-implemented' ? 'D' : gradeOf(target, actual, more.direction) };
  if (actual !== null) out.actual = actual;
  if (more.actualStatus) out.actualStatus = more.actualStatus;
  out.direction = more.direction ?? 'up';
  if (more.existing) out.existing = more.existing;
  return out;
}
