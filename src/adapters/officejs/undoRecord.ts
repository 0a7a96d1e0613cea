/**
 * The undo record: what the last run changed, kept in the workbook itself (a very hidden sheet),
 * so that Undo still works after the task pane or Excel was closed.
 */
import type { CellValue } from '../../engine/port';

export const UNDO_SHEET = '_EvalSheet取消記録';
/** A cell holds at most 32,767 characters; the record is split over column A. */
export const CHUNK = 30_000;

export interface UndoCell {
  sheet: string;
  cell: string;
  /** What the cell held before the run. */
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  /** What the run wrote; a cell changed since is left alone. */
  written: CellValue;
  validationAdded: boolean;
}

export interface UndoRecord {
  version: 1;
  at: string;
  action: string;
  cells: UndoCell[];
  /** Sheets the run added (deleted by Undo). */
  addedSheets: string[];
  /** Sheets the run replaced: their previous cells (values or formulas), restored by Undo. */
  replacedSheets: { name: string; top: number; left: number; formulas: (string | number | boolean)[][] }[];
}

export function recordToCells(record: UndoRecord): string[][] {
  const json = JSON.stringify(record);
  const out: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push([json.slice(i, i + CHUNK)]);
  return out.length ? out : [['']];
}

export function recordFromCells(values: unknown[][]): UndoRecord | null {
  const json = values.map((r) => String(r[0] ?? '')).join('');
  if (!json) return null;
  try {
    const r = JSON.parse(json) as UndoRecord;
    return r.version === 1 && Array.isArray(r.cells) ? r : null;
  } catch {
    return null;
  }
}
