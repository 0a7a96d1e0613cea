/**
 * A name merged over sub-rows that a short qualifier column tells apart (男性 / 女性, 小学生 / 中学生, 市内 / 市外), each sub-row
 * with figures of its own: one indicator per sub-row, named 「name（qualifier）」. A kind column whose rows say 目標 / 実績 is no
 * qualifier (those rows are one indicator's series), nor is a figure, a period or a blank.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import type { Column } from './column';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

export interface SubRow {
  qualifier: string;
  /** The qualifier's cell. */
  cell: string;
  /** The row is a sub-row below the merged name's first row. */
  below: boolean;
}

const FIGURE = /^[\d.,\s%％+\-－―ー‐~〜～]*$/;

function qualifierText(grid: Grid, row: number, col: number): string | null {
  if (grid.anchor(row, col).row !== row) return null;
  const t = grid.text(row, col).normalize('NFKC').replace(/\s+/g, '');
  if (!t || t.length > 10 || FIGURE.test(t) || classifyLabel(t) || findPeriod(t)) return null;
  return t;
}

/** Every sub-row has a figure of its own (not a cell merged down from the row above). */
function ownFigures(grid: Grid, rows: number[], valueCols: number[]): boolean {
  return rows.every((row) => valueCols.some((c) => grid.anchor(row, c).row === row && grid.text(row, c).trim() !== ''));
}

/**
 * The qualifier of row `r` when the name at `nameCol` is merged over it and its neighbours and a column in `qualifierCols`
 * holds a distinct short text on each of those rows; else null.
 */
export function subRowQualifier(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[]): SubRow | null {
  const m = qualifierCols.length ? grid.merge(r, nameCol) : null;
  if (!m || m.bottom === m.top || m.bottom - m.top > 9 || m.right >= Math.min(...qualifierCols, ...valueCols)) return null;
  const rows = Array.from({ length: m.bottom - m.top + 1 }, (_, i) => m.top + i);
  if (!ownFigures(grid, rows, valueCols)) return null;
  for (const q of qualifierCols) {
    const texts = rows.map((row) => qualifierText(grid, row, q));
    if (texts.some((t) => t === null) || new Set(texts).size !== texts.length) continue;
    return { qualifier: texts[r - m.top]!, cell: a1(r, q), below: r !== m.top };
  }
  return null;
}

/** The sub-row's indicator: its name with the qualifier; a row below the first is found at its qualifier's cell. */
export function qualifySubRow(ind: RawIndicator, sub: SubRow | null): RawIndicator {
  if (!sub) return ind;
  ind.name = `${ind.name}（${sub.qualifier}）`;
  if (sub.below) ind.nameCell = sub.cell;
  return ind;
}

/** The columns that may hold a sub-row's qualifier: right of the names, left of the figures, holding no unit, id or figure of their own. */
export function qualifierCols(columns: Column[], nameCol: number, firstValue: number): number[] {
  const out: number[] = [];
  for (let c = nameCol + 1; c < firstValue; c++) {
    const role = columns.find((x) => x.col === c)?.role;
    if (!role || role === 'category' || role === 'group') out.push(c);
  }
  return out;
}
