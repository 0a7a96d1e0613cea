/**
 * Monthly tracking sheets: indicator rows × 4月 … 3月 columns, with an annual target and a 累計
 * column, sometimes a 計画 row under each indicator's 実績 row. Pure.
 *
 *  - readMonthly: finds the month header and each indicator's month cells.
 *  - rateMonthly: the year to date against the annual target pro-rated by month (or the sum of
 *    the explicit monthly plan), graded with the workbook's bands. Rates and percentages (％, 率)
 *    are not summed: the latest month is compared with the target as it is.
 *  - planImport: one month's actuals from another system's export (rows of id or name and value,
 *    monthlyExport.ts), matched by id, then by name; each value written as a number meaning what
 *    the row's other months mean. Rows that match nothing, values that are not one number (not
 *    written), indicators left without a value (an empty value included), and values that would
 *    change a figure already there (kept unless overwrite) are reported.
 */
import { UsageError, type UsageCode, type UsageParams } from '../model/errors';
import type { CellValue, WorkbookSnapshot } from '../model/port';
import { resolveRules } from './check';
import { importRows } from './monthlyExport';
import { readMonthly } from './monthlySheets';
import { planImport, type ImportResult } from './monthlyImport';
import { rateMonthly, withImported, type MonthlyRating } from './monthlyYearToDate';

export { importRows, type ImportRow } from './monthlyExport';
export { FISCAL_MONTHS, readMonthly, type MonthlyIndicator, type MonthlySheet } from './monthlySheets';
export { monthsUpTo, rateMonthly, withImported, type MonthlyRating } from './monthlyYearToDate';
export { planImport, type ImportResult } from './monthlyImport';

type ImportCode = Extract<UsageCode, `import-${string}`>;

/** Why an import cannot run, and whose fault: the workbook's or the export's. */
export class ImportError extends UsageError<ImportCode> {
  constructor(
    readonly source: 'workbook' | 'actuals',
    code: ImportCode,
    params: UsageParams[ImportCode],
  ) {
    super(code, params);
  }
}

export interface MonthImport {
  result: ImportResult;
  /** The year to date after the import. */
  ratings: MonthlyRating[];
}

/**
 * One month of an export's rows into a workbook's monthly sheets: the plan and the year to date after it (graded with the workbook's 評価設定).
 * @throws ImportError when the workbook has no monthly table or no column for the month, or the export has no usable headings or rows.
 */
export function importMonth(snapshot: WorkbookSnapshot, table: CellValue[][], month: number, opts: { overwrite?: boolean } = {}): MonthImport {
  const sheets = readMonthly(snapshot);
  if (!sheets.length) throw new ImportError('workbook', 'import-no-monthly-table', {});
  if (!sheets.some((s) => s.monthCols.has(month))) throw new ImportError('workbook', 'import-no-month-column', { month });
  const { rows, problems } = importRows(table, month);
  if (problems.length) throw new ImportError('actuals', 'import-headings', { problems });
  if (!rows.length) throw new ImportError('actuals', 'import-no-rows', {});
  const result = planImport(snapshot, sheets, rows, month, { overwrite: opts.overwrite });
  return { result, ratings: rateMonthly(withImported(sheets, result), month, resolveRules(snapshot, undefined).rules) };
}
