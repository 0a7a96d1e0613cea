/**
 * A table's year column (対象年度 | 年度 | 会計年度 …) holding one and the same year on every row, as a
 * system export writes it (対象年度 2023 | 部局名 | … | 目標値 | 実績値): the year the rows' figures are for,
 * stated by the sheet as plainly as a 「対象年度：令和5年度」 line. A column of several years is a long
 * table's or a year-rows table's axis, not a statement. A 評価年度 column of one year states the evaluation period
 * as a 「評価年度：令和5年度」 line does (metaLines.ts); but many cities evaluate last year's results (令和5年度評価 of
 * 令和4年度 actuals), so a 対象年度 (実績年度 …) column, the year the figures are for, comes first when there is one.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { CellIndex } from './cells';
import type { SheetMeta } from './types';
import { parsePeriodArg, parsePeriodCell, type Period } from '../values/periods';
import { compact, normalizeText } from '../values/text';

const YEAR_COLUMN_HEAD = /^(対象年度|年度|会計年度|実施年度|実績年度|fy|fiscalyear)$/;
/** The evaluation's own year: a statement of the period only where no column gives the figures' year. */
const EVALUATION_YEAR_HEAD = /^(評価年度|評価対象年度)$/;

/** The fiscal year written in a cell: 2023 (a number or text), 令和5年度, R5, FY2023. */
function yearIn(grid: Grid, r: number, col: number): Period | null {
  const raw = grid.raw(r, col);
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? parsePeriodArg(String(raw)) : null;
  const p = parsePeriodCell(grid.text(r, col), { bareYear: true });
  return p && !p.baseline && p.period.kind === 'fiscal' ? p.period : null;
}

/** The one year of the cells under a heading, down to the first empty cell (null: fewer than 2 rows, another year or a non-year). */
function oneYearBelow(grid: Grid, row: number, col: number): Period | null {
  let year: Period | null = null;
  let rows = 0;
  for (let r = row + 1; r <= grid.bottom && grid.text(r, col).trim() !== ''; r++) {
    const p = yearIn(grid, r, col);
    if (!p || (year && p.fiscalYear !== year.fiscalYear)) return null;
    year ??= p;
    rows++;
  }
  return rows >= 2 ? year : null;
}

/** The year a table's year column states for all its rows, with the heading cell; null when no header row has one. */
export function yearColumnPeriod(grid: Grid, index: CellIndex): SheetMeta['statedPeriod'] | null {
  return headedYearColumn(grid, index, YEAR_COLUMN_HEAD) ?? headedYearColumn(grid, index, EVALUATION_YEAR_HEAD);
}

function headedYearColumn(grid: Grid, index: CellIndex, head: RegExp): SheetMeta['statedPeriod'] | null {
  for (const [row, cells] of index.rows) {
    // A header row: the year heading among at least two other headings the engine knows.
    if (cells.filter((c) => c.label).length < 2) continue;
    for (const c of cells) {
      if (!head.test(compact(normalizeText(c.text)).toLowerCase())) continue;
      const year = oneYearBelow(grid, row, c.col);
      if (year) return { period: year, cell: a1(row, c.col), text: `${c.text.trim()} ${grid.text(row + 1, c.col).trim()}` };
    }
  }
  return null;
}
