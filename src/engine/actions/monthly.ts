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
import { a1, parseA1 } from '../model/address';
import { attainment, gradeFor } from '../grading/bands';
import { resolveRules } from './check';
import { finding } from '../model/findings';
import { Grid } from '../detect/grid';
import { directionFromWords, type Direction } from '../values/labels';
import { isDateFormat, periodFromSerial } from '../values/periods';
import type { CellWrite, WritePlan } from '../model/plan';
import { writable, type CellValue, type WorkbookSnapshot } from '../model/port';
import type { Finding } from '../model/report';
import type { Rules } from '../grading/rules';
import { ID_HEAD, importRows, isPercentFormat, monthCellValue, monthOf, NAME_HEAD, type ImportRow } from './monthlyExport';
import { compact, oneLine } from '../values/text';
import { parseValue } from '../values/values';

export { importRows, type ImportRow } from './monthlyExport';

/** Fiscal-year month order: 4月 is the first. */
export const FISCAL_MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

export interface MonthlyIndicator {
  sheet: string;
  row: number;
  id: string | null;
  name: string;
  unit: string | null;
  direction: Direction;
  /** Calendar month (4 … 3) → the actual cell. */
  actualCells: Map<number, string>;
  actuals: Map<number, number>;
  /** An explicit monthly plan row, when the sheet has one. */
  plan: Map<number, number> | null;
  annualTarget: number | null;
  annualTargetCell: string | null;
  cumulativeCell: string | null;
  /** Rates and percentages: compared as they are, never summed. */
  level: boolean;
}

export interface MonthlySheet {
  sheet: string;
  headerRow: number;
  monthCols: Map<number, number>;
  indicators: MonthlyIndicator[];
}

const TARGET_HEAD = /^(年間目標値?|目標値?（?年間）?|年間計画|年度目標値?|目標値)$/;
const CUMULATIVE_HEAD = /^(累計|合計|年間累計|累計値)$/;
const KIND_HEAD = /^(区分|種別)$/;
const PLAN_ROW = /^(計画|目標|計画値|目標値|月別計画|月間計画|月別目標)$/;
const UNIT_HEAD = /^単位$/;

/** The monthly layouts of the workbook's sheets (sheets without a month header are left out). */
export function readMonthly(snapshot: WorkbookSnapshot): MonthlySheet[] {
  const out: MonthlySheet[] = [];
  for (const sheet of snapshot.sheets) {
    const grid = new Grid(sheet);
    for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 30); r++) {
      const monthCols = new Map<number, number>();
      const roles = new Map<string, number>();
      for (const { col, value } of grid.rowCells(r)) {
        if (typeof value === 'number') {
          // A month written as a date (2024/4/1 shown as 4月 or 2024/4).
          const fmt = grid.numberFormat(r, col);
          const p = fmt && isDateFormat(fmt) ? periodFromSerial(value) : null;
          if (p?.month && !monthCols.has(p.month)) monthCols.set(p.month, col);
          continue;
        }
        if (typeof value !== 'string') continue;
        const m = monthOf(value);
        if (m !== null && !monthCols.has(m)) monthCols.set(m, col);
        const t = compact(value);
        if (ID_HEAD.test(t)) roles.set('id', col);
        else if (NAME_HEAD.test(t)) roles.set('name', col);
        else if (TARGET_HEAD.test(t)) roles.set('target', col);
        else if (CUMULATIVE_HEAD.test(t)) roles.set('cumulative', col);
        else if (KIND_HEAD.test(t)) roles.set('kind', col);
        else if (UNIT_HEAD.test(t)) roles.set('unit', col);
      }
      if (monthCols.size < 6) continue;
      const firstMonthCol = Math.min(...monthCols.values());
      const nameCol = roles.get('name') ?? firstTextColumnBefore(grid, r + 1, firstMonthCol);
      if (nameCol === null) continue;
      out.push({ sheet: sheet.name, headerRow: r, monthCols, indicators: readRows(grid, sheet.name, r, monthCols, nameCol, roles) });
      break;
    }
  }
  return out;
}

function firstTextColumnBefore(grid: Grid, row: number, before: number): number | null {
  for (let r = row; r <= Math.min(grid.bottom, row + 5); r++)
    for (let c = grid.left; c < before; c++) {
      const v = grid.value(r, c);
      if (typeof v === 'string' && v.trim() && !/^\d+$/.test(v.trim())) return c;
    }
  return null;
}

function numberIn(grid: Grid, r: number, c: number | undefined): number | null {
  if (c === undefined) return null;
  const p = parseValue(grid.value(r, c), grid.numberFormat(r, c));
  return p.value ?? null;
}

function readRows(grid: Grid, sheet: string, header: number, monthCols: Map<number, number>, nameCol: number, roles: Map<string, number>): MonthlyIndicator[] {
  const out: MonthlyIndicator[] = [];
  let last: MonthlyIndicator | null = null;
  for (let r = header + 1; r <= grid.bottom; r++) {
    const kind = roles.has('kind') ? compact(grid.text(r, roles.get('kind')!)) : '';
    const nameText = oneLine(grid.text(r, nameCol));
    // The plan row under an indicator: 計画 in the 区分 column, or in the name column itself.
    const isPlan = PLAN_ROW.test(kind) || (!nameText && /計画/.test(kind)) || (!kind && PLAN_ROW.test(compact(nameText)));
    if (isPlan && (last || nameText)) {
      if (!last) continue; // a plan with no indicator above it
      last.plan = new Map();
      for (const [m, c] of monthCols) {
        const v = numberIn(grid, r, c);
        if (v !== null) last.plan.set(m, v);
      }
      if (last.annualTarget === null) {
        last.annualTarget = numberIn(grid, r, roles.get('target'));
        if (last.annualTarget !== null) last.annualTargetCell = a1(r, roles.get('target')!);
      }
      continue;
    }
    if (!nameText) continue;
    if (/^(合計|計|総計)$/.test(compact(nameText))) continue;
    const id = roles.has('id') ? oneLine(grid.text(r, roles.get('id')!)) || null : null;
    const unitText = roles.has('unit') ? oneLine(grid.text(r, roles.get('unit')!)) : '';
    const actualCells = new Map<number, string>();
    const actuals = new Map<number, number>();
    let unit: string | null = unitText || null;
    for (const [m, c] of monthCols) {
      actualCells.set(m, a1(r, c));
      const p = parseValue(grid.value(r, c), grid.numberFormat(r, c));
      if (p.value !== undefined) actuals.set(m, p.value);
      if (!unit && p.unit) unit = p.unit;
    }
    const targetCol = roles.get('target');
    const ind: MonthlyIndicator = {
      sheet,
      row: r,
      id,
      name: nameText,
      unit,
      direction: directionFromWords(nameText) ?? 'up',
      actualCells,
      actuals,
      plan: null,
      annualTarget: numberIn(grid, r, targetCol),
      annualTargetCell: targetCol !== undefined ? a1(r, targetCol) : null,
      cumulativeCell: roles.has('cumulative') ? a1(r, roles.get('cumulative')!) : null,
      level: /[％%率]/.test(`${unit ?? ''}${nameText}`),
    };
    out.push(ind);
    last = ind;
  }
  return out;
}

export interface MonthlyRating {
  sheet: string;
  name: string;
  id: string | null;
  /** Months counted (4月 … the month asked). */
  months: number;
  yearToDate: number | null;
  target: number | null;
  targetSource: 'plan' | 'prorated' | 'annual' | null;
  attainment: number | null;
  grade: string | null;
  /** Months up to the one asked that have no actual. */
  missingMonths: number[];
}

/** The sheets with the month's imported values in place of what the cells held (for the year to date after an import). */
export function withImported(sheets: MonthlySheet[], result: ImportResult): MonthlySheet[] {
  const written = new Map(result.written.map((w) => [`${w.sheet}!${w.cell}`, w.figure]));
  return sheets.map((s) => ({
    ...s,
    indicators: s.indicators.map((ind) => {
      const cell = ind.actualCells.get(result.month);
      if (!cell || !written.has(`${ind.sheet}!${cell}`)) return ind;
      const actuals = new Map(ind.actuals);
      actuals.set(result.month, written.get(`${ind.sheet}!${cell}`)!);
      return { ...ind, actuals };
    }),
  }));
}

/** Months of the fiscal year up to `month` (calendar), in order: 5 → [4, 5]. */
export function monthsUpTo(month: number): number[] {
  return FISCAL_MONTHS.slice(0, FISCAL_MONTHS.indexOf(month) + 1);
}

export function rateMonthly(sheets: MonthlySheet[], month: number, rules: Rules): MonthlyRating[] {
  const upTo = monthsUpTo(month);
  const out: MonthlyRating[] = [];
  for (const s of sheets)
    for (const ind of s.indicators) {
      const missingMonths = upTo.filter((m) => !ind.actuals.has(m));
      const have = upTo.filter((m) => ind.actuals.has(m));
      let ytd: number | null = null;
      if (have.length) ytd = ind.level ? ind.actuals.get(have[have.length - 1])! : have.reduce((sum, m) => sum + ind.actuals.get(m)!, 0);
      let target: number | null = null;
      let source: MonthlyRating['targetSource'] = null;
      if (ind.level) {
        target = ind.annualTarget;
        source = target !== null ? 'annual' : null;
      } else if (ind.plan && upTo.every((m) => ind.plan!.has(m))) {
        target = upTo.reduce((sum, m) => sum + ind.plan!.get(m)!, 0);
        source = 'plan';
      } else if (ind.annualTarget !== null) {
        target = (ind.annualTarget * upTo.length) / 12;
        source = 'prorated';
      }
      let att: number | null = null;
      let grade: string | null = null;
      if (ytd !== null && target !== null) {
        const r = attainment(ytd, target, rules.directions[ind.name] ?? ind.direction, 'ratio', rules.tolerance);
        if (r.attainment !== null) {
          att = r.attainment;
          grade = gradeFor(att, rules.scale);
        }
      }
      out.push({
        sheet: s.sheet,
        name: ind.name,
        id: ind.id,
        months: upTo.length,
        yearToDate: ytd,
        target,
        targetSource: source,
        attainment: att,
        grade,
        missingMonths,
      });
    }
  return out;
}

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
  unreadable: { line: number; sheet: string; cell: string; name: string; value: CellValue; reason: string }[];
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
    result.unreadable.push({ line: row.line, sheet: ind.sheet, cell, name: ind.name, value: row.value, reason: v.reason });
    result.findings.push(
      finding(
        'import-value-unreadable',
        ind.sheet,
        cell,
        ind.name,
        `取り込むデータの${row.line}行目（${ind.name}の${month}月）：${v.reason}。セル ${cell} には書き込んでいません。`,
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
    result.findings.push(
      finding(
        'import-locked',
        ind.sheet,
        cell,
        ind.name,
        `セル ${cell} はシート保護でロックされているため、${ind.name}の${month}月の実績を書き込めませんでした。`,
      ),
    );
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

/** Why an import cannot run, and whose fault: the workbook's or the export's. */
export class ImportError extends Error {
  constructor(
    readonly source: 'workbook' | 'actuals',
    message: string,
  ) {
    super(message);
  }
}

export interface MonthImport {
  result: ImportResult;
  /** The year to date after the import. */
  ratings: MonthlyRating[];
}

/** One month of an export's rows into a workbook's monthly sheets: the plan and the year to date after it (graded with the workbook's 評価設定). */
export function importMonth(snapshot: WorkbookSnapshot, table: CellValue[][], month: number, opts: { overwrite?: boolean } = {}): MonthImport {
  const sheets = readMonthly(snapshot);
  if (!sheets.length) throw new ImportError('workbook', '月別の表（4月〜3月の見出しがある表）が見つかりません。');
  if (!sheets.some((s) => s.monthCols.has(month))) throw new ImportError('workbook', `${month}月の列がありません。`);
  const { rows, problems } = importRows(table, month);
  if (problems.length) throw new ImportError('actuals', problems.join(' '));
  if (!rows.length) throw new ImportError('actuals', '取り込む行がありません。');
  const result = planImport(snapshot, sheets, rows, month, { overwrite: opts.overwrite });
  return { result, ratings: rateMonthly(withImported(sheets, result), month, resolveRules(snapshot, undefined).rules) };
}
