/**
 * A figure's own 累計 mark in its cell, read once for every caller (review rv75 merged two readings of it):
 * - after the figure, one bracket closing the cell: 「60（3か年累計）」「1,500（累計）」「450人（R3～R5累計）」「260人（通算）」;
 * - before it: 「累計 260」「累計：260人」.
 * What it says: the mark's words; whether they name no years (「累計」「通算値」: a running total from the total's own start,
 * runningTotalRow.ts); the fiscal year a run they name starts in (「H27からの累計」: 2015, earlier than a table from R3 shows);
 * and whether the 累計 adds up within one year (「4～3月累計」「月別累計」「年間累計」: the year's own figure, never a total over
 * years). 「15.0（R5）」「60（うち累計30）」 and a figure with words before it carry no mark.
 */
import { compactForPeriod, findPeriod } from './periods';
import { YEAR_COUNTER } from './yearCounter';

export interface FigureCumulativeMark {
  /** The mark's words: the bracket's (「3か年累計」), or 累計 / 通算 written before the figure. */
  words: string;
  /** Whether the mark closes the cell after the figure (「60（累計）」), not before it (「累計 60」). */
  after: boolean;
  /** Whether the figure is written plainly (digits, a unit of a few letters, no 約 nor colon). */
  plainFigure: boolean;
  /** Whether the words are 累計 / 通算 (値) alone, naming no years. */
  bare: boolean;
  /** The fiscal year a run the words name starts in (「H27からの累計」「R3～R5累計」), or null. */
  start: number | null;
  /** Whether the words add up within one year (months, 年間, 年度内): no total over years. */
  withinYear: boolean;
}

/** A figure (約 allowed), a short unit word and one closing bracket: the head and the bracket's words captured. */
const AFTER = /^(約?[0-9][0-9,.]*[^0-9()（）]{0,4})[(（]([^()（）]{1,16})[)）]$/;

/** A figure written plainly with a unit of a few letters (人, 件, 団体) and nothing else. */
const FIGURE = String.raw`[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）:：]{0,4}`;
const PLAIN_FIGURE = new RegExp(`^${FIGURE}$`);

/** The mark, then the figure: 「累計 260」「累計：260人」. */
const BEFORE = new RegExp(String.raw`^(累計|通算)[:：]?${FIGURE}$`);

/**
 * Words adding up within one year: 月 (「4～3月累計」「月別累計」), 年間 not after a count of years (「5年間累計」「三年間累計」
 * span years), 年度内. A month naming a year or a start (「R3.4月からの累計」「R3年4月～R6年3月累計」) runs over years (review rv77).
 */
const WITHIN_YEAR = new RegExp(`年度内|単年度|(?<![0-9一二三四五六七八九十]|${YEAR_COUNTER})年間`);
const NAMES_YEAR = /(?:令和|平成|昭和|[RHS])[0-9元]|[0-9元]年/;

/** A month named with its year: 「R5.4月」「令和5年4月」「2023年4月」. */
const DATED_MONTH = /(令和|平成|R|H)?([0-9]{1,4}|元)[年.]([0-9]{1,2})月/gi;

/** The fiscal years of the months the words name with their years (「R5.4月」: 2023; 「2024年3月」: 2023). */
function datedMonthYears(words: string): number[] {
  return [...words.matchAll(DATED_MONTH)].map((m) => {
    const n = m[2] === '元' ? 1 : Number(m[2]);
    const era = (m[1] ?? '').toUpperCase();
    const year = era === '令和' || era === 'R' ? 2018 + n : era === '平成' || era === 'H' ? 1988 + n : n;
    return Number(m[3]) >= 4 ? year : year - 1;
  });
}

/**
 * Months alone (「4月からの累計」「4月から3月までの累計」) run within one fiscal year; months naming their years do only when every
 * year named is `year`'s own (「R5.4月からの累計」「2023年4月～2024年3月累計」 on a 令和5年度 sheet), a start before it or an end
 * after it spanning years (「R3.4月からの累計」, review rv79).
 */
function addsUpWithinYear(words: string, year?: number): boolean {
  if (WITHIN_YEAR.test(words)) return true;
  if (!/月/.test(words)) return false;
  if (!NAMES_YEAR.test(words)) return true;
  const years = datedMonthYears(words);
  const others = words.replace(DATED_MONTH, '');
  return year !== undefined && years.length > 0 && years.every((y) => y === year) && !NAMES_YEAR.test(others);
}

/** The year a run the words name starts in, or null. */
function startOf(words: string): number | null {
  const found = findPeriod(compactForPeriod(words));
  return found && found.period.kind === 'fiscal' ? found.period.fiscalYear : null;
}

/**
 * The 累計 mark of a cell holding one figure (white space and width aside), or null when it carries none. `year`, the fiscal year
 * the figure is for, tells a run of months naming that year's own April (「R5.4月からの累計」) as within the year.
 */
export function figureCumulativeMark(text: string, year?: number): FigureCumulativeMark | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const before = BEFORE.exec(t);
  if (before) return { words: before[1], after: false, plainFigure: true, bare: true, start: null, withinYear: false };
  const m = AFTER.exec(t);
  if (!m || !/累計値?$|^通算値?$/.test(m[2])) return null;
  const words = m[2];
  const withinYear = addsUpWithinYear(words, year);
  const bare = /^(累計|通算)値?$/.test(words);
  return { words, after: true, plainFigure: PLAIN_FIGURE.test(m[1]), bare, start: withinYear || bare ? null : startOf(words), withinYear };
}

/**
 * The words of a target cell closing with its own 累計 mark after the figure (「3か年累計」), or null: none for a mark before the
 * figure (「累計 60」, a figure written as a running total), nor for a 累計 within the year (「4～3月累計」, review rv75).
 */
export function targetCumulativeWords(text: string, year?: number): string | null {
  const mark = figureCumulativeMark(text, year);
  return mark && mark.after && /累計値?$/.test(mark.words) && !mark.withinYear ? mark.words : null;
}

/** Whether a cell's text is one figure marked as a running total and naming no years: 「260（累計）」「260人（通算）」「累計 260」. */
export function writtenAsRunningTotal(text: string): boolean {
  const mark = figureCumulativeMark(text);
  return !!mark && mark.plainFigure && mark.bare;
}
