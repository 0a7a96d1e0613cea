/**
 * Folds the shapes exceljs gives a cell value into the plain values Office.js `range.values`
 * gives: number, string, boolean, "" for empty; errors as "#DIV/0!"; dates as serial numbers;
 * formulas as their cached result.
 */
import type { Cell, CellValue as XCellValue } from 'exceljs';
import type { CellValue } from '../../engine/model/port';

const EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(d: Date): number {
  return (d.getTime() - EPOCH) / 86400000;
}

export function foldValue(v: XCellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o) return String(o.error);
    if ('richText' in o && Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? foldValue(o.result as XCellValue) : null;
    if ('hyperlink' in o) return foldValue(o.text as XCellValue);
    if ('text' in o) return foldValue(o.text as XCellValue);
  }
  return String(v);
}

/** The cell's formula with a leading "=", or null. Shared formulas are translated by exceljs. */
export function formulaOf(cell: Cell): string | null {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && ('formula' in (v as object) || 'sharedFormula' in (v as object))) {
    const f = cell.formula;
    return f ? `=${f}` : null;
  }
  return null;
}
