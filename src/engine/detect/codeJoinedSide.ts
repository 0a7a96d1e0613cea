/**
 * Two tables side by side sharing rows, the right one pasted from elsewhere with a code column of its own (指標コード | 指標名 |
 * … | 目標 || コード | 項目名 | R5実績): its rows carry the same codes as the names' table, maybe in another order, its names
 * maybe shortened. The header reads both as one table (the right side's 項目名 heads no name column), each figure taken on
 * the name's row; the codes say which row is which. So when a column right of the gap holds, on every body row, the codes of
 * a column left of it, each once, the right side's figures of an indicator are read on the row bearing its code.
 * When the codes on the right are not those of the left (some missing, some others), the rows cannot be matched: each
 * indicator whose code disagrees with the code on its row keeps its figures by row, a `codes-disagree` guess naming the cells.
 * Both columns must be headed as codes (コード, 番号, No., ID), the right one left of the right side's figures: a 順位, 関連施策 or
 * 再掲 column of numbers beside the figures says nothing about which row is which (review rv40).
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { point } from './common';
import { gapColumn, type TableArea } from './namelessSide';
import type { Point, RawIndicator } from './types';

/** A code written as text: letters, digits and joiners, a digit among them (E-01, 0101001, KPI_3). */
const CODE = /^(?=.*[0-9])[A-Za-z0-9][A-Za-z0-9\-_.]{0,11}$/;

const codeAt = (grid: Grid, r: number, c: number): string | null => {
  const raw = grid.raw(r, c);
  const t = typeof raw === 'string' ? raw.normalize('NFKC').trim() : '';
  return CODE.test(t) ? t : null;
};

/** A heading naming a code column (指標コード, No., 番号, ID), not a rank or a cross-reference (順位, 関連施策, 再掲, 旧番号). */
const CODE_HEADING = /コード|番号|^(?:no|№|id)\.?$|記号/i;
const NOT_CODE_HEADING = /順位|関連|再掲|旧|参照|前回|前年/;

const headedAsCode = (grid: Grid, header: number[], col: number): boolean => {
  const words = header.map((r) => grid.text(r, col).normalize('NFKC').replace(/\s+/g, '')).filter(Boolean);
  return words.some((w) => CODE_HEADING.test(w)) && !words.some((w) => NOT_CODE_HEADING.test(w));
};

/** A column of codes on the given rows, none twice: code → row. `all`: every row holds one (else a blank row is passed over). */
function codeColumn(grid: Grid, rows: number[], col: number, all: boolean): Map<string, number> | null {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!all && !grid.text(r, col)) continue;
    const code = codeAt(grid, r, col);
    if (!code || out.has(code)) return null;
    out.set(code, r);
  }
  return out.size >= 2 ? out : null;
}

/**
 * The left code column (a code on every indicator's row) and the right one (codes on the body's rows, blank rows aside)
 * sharing most of its codes (at least half of the right's).
 */
function codePair(
  grid: Grid,
  t: TableArea,
  gap: number,
  indicatorRows: number[],
): { left: Map<string, number>; right: Map<string, number>; col: number } | null {
  const lefts: Map<string, number>[] = [];
  for (let c = grid.left; c < gap; c++) {
    const m = c === t.nameCol || !headedAsCode(grid, t.header, c) ? null : codeColumn(grid, indicatorRows, c, true);
    if (m) lefts.push(m);
  }
  const body = Array.from({ length: t.last - t.first + 1 }, (_, i) => t.first + i);
  // The right side's codes stand left of its figures (コード | 項目名 | R5実績).
  const lastCodeCol = Math.max(...t.valueCols.filter((c) => c > gap)) - 1;
  for (let c = gap + 1; c <= Math.min(grid.right, lastCodeCol); c++) {
    const right = headedAsCode(grid, t.header, c) ? codeColumn(grid, body, c, false) : null;
    if (!right) continue;
    for (const left of lefts) {
      const shared = [...right.keys()].filter((k) => left.has(k)).length;
      if (shared * 2 >= right.size) return { left, right, col: c };
    }
  }
  return null;
}

const moved = <P extends Point>(grid: Grid, p: P, row: number): P => ({ ...p, ...point(grid, row, p.col, p.period) });

/** Reads each indicator's right-side figures on the row of its code; flags those it cannot match. */
export function joinSideByCode(grid: Grid, t: TableArea, indicators: RawIndicator[]): void {
  if (!indicators.length || !t.valueCols.length) return;
  const gap = gapColumn(grid, t);
  const pair =
    gap === undefined
      ? null
      : codePair(
          grid,
          t,
          gap,
          indicators.map((i) => i.row),
        );
  if (!pair || gap === undefined) return;
  const codeOfRow = new Map([...pair.left].map(([k, r]) => [r, k]));
  const rightCodeOfRow = new Map([...pair.right].map(([k, r]) => [r, k]));
  const same = pair.left.size === pair.right.size && [...pair.right.keys()].every((k) => pair.left.has(k));
  for (const ind of indicators) {
    const code = codeOfRow.get(ind.row);
    if (!code || rightCodeOfRow.get(ind.row) === code) continue;
    const to = same ? pair.right.get(code) : undefined;
    if (to === undefined) {
      (ind.guesses ??= []).push({ reason: 'codes-disagree', cells: [a1(ind.row, pair.col), a1(ind.row, leftCol(grid, gap, code, ind.row))] });
      continue;
    }
    const onRight = (p: Point) => p.col > gap;
    ind.actuals = ind.actuals.map((p) => (onRight(p) ? moved(grid, p, to) : p));
    ind.targets = ind.targets.map((p) => (onRight(p) ? moved(grid, p, to) : p));
    ind.baselines = ind.baselines.map((p) => (onRight(p) ? moved(grid, p, to) : p));
    if (ind.gradeCell && ind.gradeCell.col > gap) {
      const g = ind.gradeCell;
      ind.gradeCell = { ...g, row: to, cell: a1(to, g.col), raw: grid.raw(to, g.col) };
    }
  }
}

/** The left column holding `code` on `row`. */
function leftCol(grid: Grid, gap: number, code: string, row: number): number {
  for (let c = grid.left; c < gap; c++) if (codeAt(grid, row, c) === code) return c;
  return grid.left;
}
