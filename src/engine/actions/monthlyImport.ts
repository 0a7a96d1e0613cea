/**
 * One month's actuals from another system's export (rows of id or name and value, monthlyExport.ts)
 * planned into the monthly sheets' cells: matched by id, then by name; each value written as a
 * number meaning what the row's other months mean. Rows that match nothing, values that are not
 * one number (not written), indicators left without a value (an empty value included), and values
 * that would change a figure already there (kept unless overwrite) are reported.
 */
import { parseA1 } from '../model/address';
import { finding } from '../model/findings';
import type { ImportValueProblem } from '../model/findingParams';
import { renderImportValueProblem } from '../model/problemText';
import { Grid } from '../detect/grid';
import type { CellWrite, WritePlan } from '../model/plan';
import { writable, type CellValue, type WorkbookSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import { isPercentFormat, monthCellValue, type ImportRow } from './monthlyExport';
import { compact, oneLine } from '../values/text';
import type { MonthlyIndicator, MonthlySheet } from './monthlySheets';

export interface ImportResult {
  month: number;
  plan: WritePlan;
  /** Each value written; `figure` is what it means to the reader (0.655 in a % cell is 65.5). */
  written: { sheet: string; cell: string; name: string; before: CellValue; after: CellValue; figure: number }[];
  unmatched: ImportRow[];
  /** Indicators the export gave no value for this month. */
  missing: { sheet: string; name: string; cell: string }[];
  /** A figure already there that the export would change: kept unless overwrite. */
  conflicts: { sheet: string; cell: string; name: string; before: CellValue; after: CellValue; overwritten: boolean }[];
  /** Values that are not one number in the indicator's unit ("集計中", "12人 30人"): not written. */
  unreadable: { line: number; sheet: string; cell: string; name: string; value: CellValue; reason: string; problem: ImportValueProblem }[];
  findings: Finding[];
}

const key = (s: string) => compact(s).replace(/[（(][^）)]*[）)]$/, '');

interface ImportCtx {
  month: number;
  overwrite: boolean;
  grids: Map<string, Grid>;
  canWrite: Map<string, (cell: string) => boolean>;
  result: ImportResult;
}

/** One month's actuals into the monthly sheets' cells. */
export function planImport(
  snapshot: WorkbookSnapshot,
  sheets: MonthlySheet[],
  rows: ImportRow[],
  month: number,
  opts: { overwrite?: boolean } = {},
): ImportResult {
  const byId = new Map<string, MonthlyIndicator[]>();
  const byName = new Map<string, MonthlyIndicator[]>();
  for (const s of sheets)
    for (const ind of s.indicators) {
      if (ind.id) byId.set(compact(ind.id), [...(byId.get(compact(ind.id)) ?? []), ind]);
      byName.set(key(ind.name), [...(byName.get(key(ind.name)) ?? []), ind]);
    }
  const result: ImportResult = {
    month,
    plan: { cells: [], sheets: [], scale: [] },
    written: [],
    unmatched: [],
    missing: [],
    conflicts: [],
    unreadable: [],
    findings: [],
  };
  const ctx: ImportCtx = {
    month,
    overwrite: !!opts.overwrite,
    grids: new Map(snapshot.sheets.map((s) => [s.name, new Grid(s)])),
    canWrite: new Map(snapshot.sheets.map((s) => [s.name, writable(s)])),
    result,
  };
  const handled = new Set<MonthlyIndicator>();
  for (const row of rows) {
    const hits = (row.id ? byId.get(compact(row.id)) : undefined) ?? (row.name ? byName.get(key(row.name)) : undefined);
    if (!hits?.length) {
      result.unmatched.push(row);
      continue;
    }
    for (const ind of hits) if (importValue(ctx, ind, row)) handled.add(ind);
  }
  for (const s of sheets)
    for (const ind of s.indicators) {
      const cell = ind.actualCells.get(month);
      if (!cell || handled.has(ind)) continue;
      if (ctx.grids.get(ind.sheet)!.isBlank(ind.row, parseA1(cell)!.col)) result.missing.push({ sheet: ind.sheet, name: ind.name, cell });
    }
  return result;
}

/**
 * One export value into an indicator's month cell, as a number meaning what the row's other months
 * mean. False when the export gave no value (the indicator is then listed without one, if its cell is empty).
 */
function importValue(ctx: ImportCtx, ind: MonthlyIndicator, row: ImportRow): boolean {
  const { month, result } = ctx;
  const cell = ind.actualCells.get(month);
  if (!cell) return false;
  const grid = ctx.grids.get(ind.sheet)!;
  const col = parseA1(cell)!.col;
  // The row's filled month cells: how the row stores its figures (an empty cell's own format may not be known).
  const filled = [...ind.actualCells.values()].map((c) => parseA1(c)!.col).filter((c) => c !== col && !grid.isBlank(ind.row, c));
  const formats = filled.map((c) => grid.numberFormat(ind.row, c));
  const own = grid.numberFormat(ind.row, col);
  const ownFormat = own && own !== 'General' ? own : null;
  // A cell without a format of its own in a row of % cells is written as they are: the fraction, shown as a %.
  const rowFormat = !ownFormat && formats.length && formats.every(isPercentFormat) ? formats[0] : null;
  const v = monthCellValue(row.value, {
    format: ownFormat ?? rowFormat ?? own,
    percent: oneLine(ind.unit ?? '').normalize('NFKC') === '%' || formats.some(isPercentFormat),
    others: [...ind.actuals].filter(([m]) => m !== month).map(([, x]) => x),
  });
  if (v.kind === 'empty') return false;
  if (v.kind === 'unreadable') {
    const reason = renderImportValueProblem(v.problem);
    result.unreadable.push({ line: row.line, sheet: ind.sheet, cell, name: ind.name, value: row.value, reason, problem: v.problem });
    result.findings.push(
      finding(
        'import-value-unreadable',
        { sheet: ind.sheet, cell, indicator: ind.name },
        { line: row.line, indicator: ind.name, month, cell, problem: v.problem },
      ),
    );
    return true;
  }
  const before = grid.raw(ind.row, col);
  const after = v.value;
  if (sameValue(before, after)) return true;
  if (before !== null && before !== '') {
    result.conflicts.push({ sheet: ind.sheet, cell, name: ind.name, before, after, overwritten: ctx.overwrite });
    if (!ctx.overwrite) return true;
  }
  if (!ctx.canWrite.get(ind.sheet)!(cell)) {
    result.findings.push(finding('import-locked', { sheet: ind.sheet, cell, indicator: ind.name }, { cell, indicator: ind.name, month }));
    return true;
  }
  result.written.push({ sheet: ind.sheet, cell, name: ind.name, before, after, figure: v.figure });
  const write: CellWrite = { sheet: ind.sheet, cell, value: after, previous: before, kind: 'actual-imported', indicator: ind.name };
  if (rowFormat && typeof after === 'number') write.numberFormat = rowFormat;
  result.plan.cells.push(write);
  return true;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if ((a === null || a === '') && (b === null || b === '')) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return String(a) === String(b);
}
