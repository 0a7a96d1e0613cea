/**
 * A bare 見込 sub-column beside a year's 目標 and 実績 under that year's heading merged over all three (「令和5年度」 over
 * 目標値 | 実績値 | 見込値): the year's forecast of its actual, read as an actual under a 見込 heading, so a forecast
 * (forecastColumns.ts: never standing in for the plain 実績 of the year, unless the sheet's note says so, forecastNote.ts)
 * and provisional (provisionalHeadings.ts). Under a year with no 実績 beside it, or no 目標, a bare 見込 may be the plan's own
 * projection (見込量) and is not read.
 */
import { a1 } from '../model/address';
import { SERIES_ROLES, type Role } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';

/** A heading naming a forecast alone: 見込, 見込み, 見込値, 見込み値, （見込）, 見通し. */
const BARE_FORECAST = /^[(（]?(見込み?値?|見通し)[)）]?$/;

const FORECAST_WORD = /見込|見通し/;

/** Adds, in column order, each bare 見込 sub-column under a year heading merged over that year's 目標 and 実績 columns. */
export function forecastsUnderYear(grid: Grid, band: readonly number[], columns: Column[]): void {
  if (band.length < 2) return;
  const last = band[band.length - 1];
  const taken = new Set(columns.map((c) => c.col));
  for (let col = grid.left; col <= grid.right; col++) {
    if (taken.has(col) || grid.anchor(last, col).row !== last) continue;
    if (!BARE_FORECAST.test(normalizeText(grid.text(last, col)).replace(/\s+/g, ''))) continue;
    const year = yearOver(grid, band, col, columns);
    if (!year) continue;
    const column: Column = { col, role: 'actual', period: year.period, cells: [year.cell, a1(last, col)] };
    const at = columns.findIndex((c) => c.col > col);
    columns.splice(at === -1 ? columns.length : at, 0, column);
  }
}

/** The year heading merged over `col` on a band row above the last, when that year's 目標 and plain 実績 columns stand under it too. */
function yearOver(grid: Grid, band: readonly number[], col: number, columns: readonly Column[]) {
  for (const row of band.slice(0, -1)) {
    const area = grid.merge(row, col);
    if (!area || area.top !== row || area.left === area.right) continue;
    const period = parsePeriodCell(grid.text(row, col))?.period;
    if (!period) continue;
    const cell = a1(area.top, area.left);
    const under = columns.filter((c) => c.col >= area.left && c.col <= area.right && c.cells.includes(cell) && c.period?.fiscalYear === period.fiscalYear);
    const has = (roles: Role[]) => under.some((c) => c.role !== 'group' && SERIES_ROLES.has(c.role) && roles.includes(c.role) && !c.pair);
    // The plain 実績 beside it: a 実績見込 column is a forecast already.
    const plain = under.some((c) => c.role === 'actual' && !c.pair && !FORECAST_WORD.test(grid.text(band[band.length - 1], c.col)));
    if (plain && has(['target', 'expected'])) return { period, cell };
  }
  return null;
}
