/**
 * A table of the fiscal year's months (4月 … 3月) with a 年間計 column: a count at each month's end (登録者数, 会員数) has no
 * year's total, and its 年間計 cell is left blank or struck through (「－」). Its year's figure is the last month's, 3月末:
 * read from the 3月 column, and a guess (`month-end-figure`) naming the cells unless a note on the sheet says the year-end
 * value is the year's (「年度末（３月末）の値を年間実績とする」). A blank 年間計 is read so only where such a note says it.
 */
import { a1 } from '../model/address';
import { compact } from '../values/text';
import { point } from './common';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The year's whole: 年間計, 年度計, 合計, 計, 年間, 年間実績. */
const WHOLE_HEADING = /^(?:年間|年度)?(?:計|合計|累計|実績)$|^年間$/;
/** A month heading: 3月, ３月. */
const MONTH = /^(\d{1,2})月$/;
/** A note saying the year-end value is the year's: 「年度末（３月末）の値を年間実績とする」「3月末時点の人数を実績とする」. */
const YEAR_END_NOTE = /(?:年度末|3月末)[^。]{0,12}(?:の値|の人数|の件数|時点)[^。]{0,12}(?:実績|年間)/;

/** How far above the row its column's heading may stand. */
const HEADING_REACH = 8;

/** The heading row and 3月 column over a whole-year cell at (row, col), if its table is one of months. */
function marchColumn(grid: Grid, row: number, col: number): { headingRow: number; march: number } | null {
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADING_REACH); r--) {
    const a = grid.anchor(r, col);
    // The column's figures above (the other rows' totals) are passed over up to its heading.
    if (typeof grid.raw(a.row, a.col) !== 'string') continue;
    const heading = compact(grid.text(r, col));
    if (!heading) continue;
    if (!WHOLE_HEADING.test(heading)) return null;
    let march = -1;
    let months = 0;
    for (let c = grid.left; c < col; c++) {
      const m = MONTH.exec(compact(grid.text(r, c)));
      if (!m) continue;
      months++;
      if (Number(m[1]) === 3) march = c;
    }
    return months >= 6 && march > 0 ? { headingRow: r, march } : null;
  }
  return null;
}

function statesYearEnd(grid: Grid): boolean {
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(r, c);
      if (t.length > 12 && YEAR_END_NOTE.test(compact(t))) return true;
    }
  return false;
}

/** Each table indicator whose year's whole is left blank or struck through while its 3月 column holds a figure: that figure. */
export function applyMonthEndActuals(grid: Grid, indicators: RawIndicator[]): void {
  let stated: boolean | undefined;
  for (const ind of indicators) {
    if (ind.layout !== 'table') continue;
    ind.actuals = ind.actuals.map((p) => {
      // Struck through (「－」), or blank where a note says the year-end value is the year's; never 集計中 or words.
      if (p.parsed.status !== 'not-applicable' && p.parsed.status !== 'missing') return p;
      const at = marchColumn(grid, p.row, p.col);
      if (!at) return p;
      const march = point(grid, p.row, at.march, p.period);
      if (march.parsed.status !== 'value') return p;
      stated ??= statesYearEnd(grid);
      // A blank total of a flow (貸出冊数) is its sum, not left out: only a note makes a blank one a month-end count.
      if (p.parsed.status === 'missing' && !stated) return p;
      if (!stated) (ind.guesses ??= []).push({ reason: 'month-end-figure', cells: [march.cell, a1(p.row, p.col)] });
      return march;
    });
  }
}
