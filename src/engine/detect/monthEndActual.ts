/**
 * A table of the fiscal year's months (4月 … 3月) with a 年間計 column: a count at each month's end (登録者数, 会員数) has no
 * year's total, and its 年間計 cell is left blank or struck through (「－」). Its year's figure is the last month's, 3月末:
 * read from the 3月 column, and a guess (`month-end-figure`) naming the cells unless a note on the sheet says the year-end
 * value is the indicator's (「登録者数は…年度末（３月末）の値を年間実績とする」), or the row's own 区分 or remark says its figures
 * are month-end counts (「各月末現在」). A blank 年間計 is read so only where such a note says
 * it. Rates and shares (％, 率) and calendar-year tables (1月 first) are left as they are.
 * A monthly report's 当月実績 | 累計実績 is read the same way: a month-end count's 累計 left 「－」 has its figure in the 当月
 * column, the count at the report month's end.
 */
import { a1 } from '../model/address';
import { compact } from '../values/text';
import { point } from './common';
import { leftUnreadPerPeriod } from './perPeriodTarget';
import { isThisMonthHeading, isToDateHeading } from './partsTotal';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The year's whole: 年間計, 年度計, 合計, 計, 年間, 年間実績. */
const WHOLE_HEADING = /^(?:年間|年度)?(?:計|合計|累計|実績)$|^年間$/;
/** A month heading: 3月, ３月. */
const MONTH = /^(\d{1,2})月$/;
/** A note saying the year-end value is the year's: 「年度末（３月末）の値を年間実績とする」「3月末時点の人数を実績とする」. */
const YEAR_END_NOTE = /(?:年度末|3月末)[^。]{0,12}(?:の値|の人数|の件数|時点)[^。]{0,12}(?:実績|年間)/;

/** A cell struck through: 「－」「―」「-」. */
const DASH = /^[－―ー\-–—‐]+$/;
/** A rate or a share (％, 率, 割合): its year's figure is no month's end. */
const RATE = /[%％]|率|割合/;

/** How far above the row its column's heading may stand. */
const HEADING_REACH = 8;

/** The heading row and 3月 column (a report's 当月 column) over a whole-year cell at (row, col), if its table is one of months. */
function marchColumn(grid: Grid, row: number, col: number): { headingRow: number; march: number } | null {
  for (let r = row - 1; r >= Math.max(grid.top, row - HEADING_REACH); r--) {
    const a = grid.anchor(r, col);
    // The column's figures above (the other rows' totals, 「－」 too) are passed over up to its heading.
    if (typeof grid.raw(a.row, a.col) !== 'string' || DASH.test(grid.text(r, col).trim())) continue;
    const heading = compact(grid.text(r, col));
    if (!heading) continue;
    // 当月実績 | 累計実績: the month's column is the latest month's end.
    if (isToDateHeading(heading) && col > grid.left && isThisMonthHeading(grid.text(r, col - 1))) return { headingRow: r, march: col - 1 };
    if (!WHOLE_HEADING.test(heading)) return null;
    const months: { month: number; col: number }[] = [];
    for (let c = grid.left; c < col; c++) {
      const m = MONTH.exec(compact(grid.text(r, c)));
      if (m) months.push({ month: Number(m[1]), col: c });
    }
    // The fiscal year's months, 4月 first: a calendar year's 3月 is no year-end.
    const march = months.find((m) => m.month === 3);
    return months.length >= 6 && months[0].month === 4 && march ? { headingRow: r, march: march.col } : null;
  }
  return null;
}

/** A row's own words saying its figures are counts at each month's end: 区分 「各月末現在」, 「月末時点」. */
const MONTH_END_ROW = /各?月末(?:現在|時点)/;
/** A row's label or remark, not a paragraph. */
const MAX_ROW_WORDS = 40;

/** Whether a cell of the row (its 区分, name or 備考, merged down over it too) says its figures are month-end counts. */
function rowSaysMonthEnd(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const a = grid.anchor(row, c);
    if (a.col !== c && c > grid.left) continue;
    if (typeof grid.raw(a.row, a.col) !== 'string') continue;
    const t = compact(grid.text(row, c));
    if (t.length <= MAX_ROW_WORDS && MONTH_END_ROW.test(t)) return true;
  }
  return false;
}

/** The sheet's notes saying the year-end value is the year's (compacted). */
function yearEndNotes(grid: Grid): string[] {
  const out: string[] = [];
  for (let r = grid.top; r <= grid.bottom; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const t = grid.text(r, c);
      if (t.length > 12 && YEAR_END_NOTE.test(compact(t))) out.push(compact(t));
    }
  return out;
}

/** Each table indicator whose year's whole is left blank or struck through while its 3月 column holds a figure: that figure. */
export function applyMonthEndActuals(grid: Grid, indicators: RawIndicator[]): void {
  let notes: string[] | undefined;
  for (const ind of indicators) {
    if (ind.layout !== 'table' || RATE.test(`${ind.unit ?? ''}${ind.name}`)) continue;
    ind.actuals = ind.actuals.map((p) => {
      // Struck through (「－」), or blank where a note says the year-end value is the year's; never 集計中 or words.
      if (p.parsed.status !== 'not-applicable' && p.parsed.status !== 'missing') return p;
      // A total left unread beside a per-day or per-month target is no month-end count (perPeriodTarget.ts).
      if (leftUnreadPerPeriod(ind, p.cell)) return p;
      const at = marchColumn(grid, p.row, p.col);
      if (!at) return p;
      const march = point(grid, p.row, at.march, p.period);
      if (march.parsed.status !== 'value') return p;
      notes ??= yearEndNotes(grid);
      // Only a note naming the indicator says it; any other leaves the reading a guess.
      // So does the row's own 区分 or remark: 「各月末現在」 (rowSaysMonthEnd).
      const stated = notes.some((n) => n.includes(compact(ind.name))) || rowSaysMonthEnd(grid, p.row);
      // A blank total of a flow (貸出冊数) is its sum, not left out: only a note makes a blank one a month-end count.
      if (p.parsed.status === 'missing' && !stated) return p;
      if (!stated) (ind.guesses ??= []).push({ reason: 'month-end-figure', cells: [march.cell, a1(p.row, p.col)] });
      return march;
    });
  }
}
