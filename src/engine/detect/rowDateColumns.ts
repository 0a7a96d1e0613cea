/**
 * A column of as-of dates, one per row (実績値 | 時点 over 43.8 | 令和5年度, 0 | 令和5年4月1日, 13,712 | 令和6年3月末), written
 * right of the table's 実績値 column: each row's date of its own figure (actualYearColumn.ts notes it on the actual), never
 * the years axis of a table whose years are rows, which stands left of the measures it dates, even where two rows happen
 * to rise (令和5年4月1日 over 令和5年度末).
 */
import { classifyLabel } from '../values/labels';
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';

/** An as-of heading: 時点 / 基準日 / 現在, perhaps after a word saying of what figure (実績の時点, 数値の時点, 把握時点). */
const AS_OF_HEADING = /^(実績値?|数値|データ|把握|調査|集計|計測|測定|統計)?の?(時点|基準日|現在)$/;

const headingAt = (grid: Grid, row: number, col: number) => compact(normalizeText(grid.text(row, col))).replace(/[\s()（）]/g, '');

/** Whether a heading names the as-of date of the figure on its row (時点, 数値の時点, 把握時点); 基準時点 dates a baseline. */
export function namesRowDate(heading: string): boolean {
  return AS_OF_HEADING.test(heading);
}

/**
 * Whether column `col` is a per-row date column: on a row of the header band `band` it is headed 時点 (or such) with an
 * actual's heading (実績値, 現状値) left of it within the table's columns `from`..`col - 1`.
 */
export function isRowDateColumn(grid: Grid, band: readonly number[], col: number, from: number): boolean {
  for (const row of band) {
    if (!namesRowDate(headingAt(grid, row, col))) continue;
    for (let c = col - 1; c >= from; c--) {
      const a = grid.anchor(row, c);
      if (a.row === row && classifyLabel(grid.text(row, a.col))?.role === 'actual') return true;
    }
  }
  return false;
}
