/**
 * Monthly tracking sheets as the reader finds them: indicator rows × 4月 … 3月 columns, with an
 * annual target and a 累計 column, sometimes a 計画 row under each indicator's 実績 row.
 */
import { a1 } from '../model/address';
import { Grid } from '../detect/grid';
import { directionFromWords, type Direction } from '../values/labels';
import { isDateFormat, periodFromSerial } from '../values/periods';
import type { WorkbookSnapshot } from '../model/port';
import { ID_HEAD, monthOf, NAME_HEAD } from './monthlyExport';
import { compact, oneLine } from '../values/text';
import { parseValue } from '../values/values';

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
