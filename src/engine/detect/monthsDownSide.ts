/**
 * The side of a table turned on its side whose lines run down the fiscal year (月 | さくら線 | ひまわり線 …, then 4月 … 3月,
 * 年度計, 目標（年間）): two lines a clerk passes over on the way to the year's total and target, neither ending the side.
 * - A line with no label right under the names whose cells are each a unit in brackets, 「（人）」 under every name: the
 *   unit line of the names' columns (as a 単位 line would be).
 * - Last year's total, 前年度計 / 前年度合計 / 前年度実績: a figure of another year, read as nothing.
 * - A month's end, 「令和６年４月末」「５月末」: a line of the year's months, passed over as 4月 is; the first one written with
 *   its year dates the side's year lines that name none (年度実績 | 年度目標 under 令和６年４月末 … ３月末: 令和6年度).
 */
import { findPeriod, fiscalYearLabel, type Period } from '../values/periods';
import { compact } from '../values/text';
import { unitAt } from '../values/units';
import type { CellIndex } from './cells';

/** A unit alone in round brackets: 「（人）」「(千円)」. */
const BRACKETED = /^[(（]\s*([^()（）]{1,6}?)\s*[)）]$/;
/** Last year's total or actual as a line label. */
const LAST_YEAR_TOTAL = /^(?:前年度?|昨年度?)(?:計|合計|累計|実績値?|の実績値?)$/;

/** Whether the row, right of `col`, holds two or more cells and each is a unit in brackets (the label cell blank). */
export function isBracketedUnitLine(index: CellIndex, row: number, col: number): boolean {
  const cells = index.row(row).filter((c) => c.col >= col && c.text);
  if (cells.length < 2 || cells.some((c) => c.col === col)) return false;
  return cells.every((c) => {
    const m = BRACKETED.exec(c.text.trim());
    const unit = m?.[1].normalize('NFKC').trim();
    return !!unit && unitAt(unit) === unit;
  });
}

/** Whether a side line's label is last year's total (前年度計), a line to pass over. */
export function isLastYearTotal(text: string): boolean {
  return LAST_YEAR_TOTAL.test(compact(text));
}

/** A month's end as a line label, its year written or not: 「令和６年４月末」「５月末」「10月末現在」. */
const MONTH_END = /^(?:(?:令和|平成|R|H)(?:\d{1,2}|元)年|\d{4}年)?(?:1[0-2]|[1-9])月末(?:現在|時点)?$/;

/** Whether a side line's label is a month's end, a line to pass over. */
export function isMonthEndLine(text: string): boolean {
  return MONTH_END.test(compact(text.normalize('NFKC')));
}

/** The fiscal year a month-end label written with its year falls in (令和７年１月末: 令和6年度), as a year period; else null. */
export function monthEndYear(text: string): Period | null {
  const p = findPeriod(text.normalize('NFKC'))?.period;
  if (!p || p.kind !== 'month') return null;
  return { label: fiscalYearLabel(p.fiscalYear), fiscalYear: p.fiscalYear, kind: 'fiscal', year: p.fiscalYear };
}
