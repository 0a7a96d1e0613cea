/** Import (実績の取り込み): one month's actuals from another system's export rows into the monthly sheets. */
import { importMonth, type ApplyOutcome, type CellValue, type MonthImport, type WorkbookPort } from '../engine';
import { applyPlan, readWorkbook, stopIfCancelled, type OnProgress } from './steps';

export interface ImportOptions {
  /** The export's rows: id or name, and the value (a CSV's or a sheet's, or the selected cells). */
  rows: CellValue[][];
  /** The calendar month (1..12). */
  month: number;
  /** Replace values already there that differ (default: keep them, listed as conflicts). */
  overwrite: boolean;
  signal?: AbortSignal;
  onProgress?: OnProgress;
}

export interface ImportOutcome<O extends ApplyOutcome = ApplyOutcome> extends MonthImport {
  applied: O;
}

/** @throws ImportError (its `source` says whether the workbook or the export is at fault) */
export async function importActuals<O extends ApplyOutcome>(port: WorkbookPort<O>, o: ImportOptions): Promise<ImportOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  const outcome = importMonth(snapshot, o.rows, o.month, { overwrite: o.overwrite });
  stopIfCancelled(o.signal);
  return { ...outcome, applied: await applyPlan(port, outcome.result.plan, { name: 'import', month: o.month }, o) };
}
