/**
 * A year heading dated by the day its figure stands at, the date on a line under the year (「令和5年度」 over 「（R6.4.1現在）」)
 * as values/periods.ts reads it in one cell (「R6（R6.4.1）」): the year written is the column's period when the date belongs to
 * it (it falls in that year, or is the first day after it, the 4月1日 count taken as the year closes); the date alone would make
 * a count of 1 April 2024 taken for 令和5年度 a 令和6年度 figure.
 *
 * 「令和6年度評価」 over 「（R7.4.1現在）」: a year's 評価 heading so dated heads the figure that year is evaluated on, an actual of
 * the year the heading names, never a grade: a grade is given, not counted as of a day. Only when the cells under the heading
 * are figures; a 評価 heading with no year of its own, a date of another year or grade marks under it keep it the grade's.
 */
import type { Period } from '../values/periods';
import { parsePeriodCell } from '../values/periods';
import { parseValue } from '../values/values';
import type { Grid } from './grid';

/** How many filled cells under the heading are looked at. */
const LOOK = 5;

/** A bracketed note in a heading (「令和6年度評価（R7.4.1現在）」). */
const BRACKETED = /[(（]([^()（）]*)[)）]/g;

/** Whether the text is a date alone, perhaps with 現在 / 時点 (「R7.4.1現在」「令和7年4月1日時点」). */
function dateOnly(text: string): boolean {
  const p = parsePeriodCell(text);
  return !!p && p.period.kind === 'month' && !p.baseline;
}

/** The dates the headings write: a heading that is one (「（R7.4.1現在）」 under the year), or one in a heading's brackets. */
function datesIn(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const inner = [...t.matchAll(BRACKETED)].map((m) => m[1]);
    const bare = t.trim().replace(/^[(（](.*)[)）]$/s, '$1');
    for (const x of [bare, ...inner]) if (dateOnly(x)) out.push(x);
  }
  return out;
}

/** Whether the filled cells right under the band (`last` its last row) in `col`, down to a blank after them, are figures (one or more). */
function figuresUnder(grid: Grid, last: number, col: number): boolean {
  let seen = 0;
  for (let r = last + 1; r <= grid.bottom && seen < LOOK; r++) {
    if (grid.anchor(r, col).col !== col) break;
    const raw = grid.raw(r, col);
    // A blank row after the figures ends the table (another table may stand under it).
    if (raw === null || raw === undefined || String(raw).trim() === '') {
      if (seen) break;
      continue;
    }
    const v = parseValue(raw);
    if (v.status !== 'value' || v.value === undefined) return false;
    seen++;
  }
  return seen > 0;
}

/** Whether `date` (a date heading's text) belongs to `year`: the two read as one heading are that year. */
function datesTheYear(year: Period, date: string): boolean {
  return parsePeriodCell(`${year.label}（${date}）`)?.period.fiscalYear === year.fiscalYear;
}

/**
 * Of a column's headings (top first), a year with a date of that year under it: the year's heading, which dates the column;
 * null when the column has no such pair.
 */
export function yearOverItsDate<H extends { text: string; period: { period: Period } | null }>(hs: readonly H[]): H | null {
  const dated = hs.filter((h) => h.period);
  if (dated.length !== 2) return null;
  const [year, date] = dated;
  if (year.period!.period.kind === 'month' || date.period!.period.kind !== 'month') return null;
  const bare = date.text.trim().replace(/^[(（](.*)[)）]$/s, '$1');
  return dateOnly(bare) && datesTheYear(year.period!.period, bare) ? year : null;
}

/**
 * Whether a column whose heading reads as a grade of `year` (its label's period) is a figure column: another heading of the
 * column (`texts`, top first) dates it by a day of that year. `last` is the band's last row.
 */
export function headsEvaluatedFigure(grid: Grid, year: Period | undefined, texts: readonly string[], last: number, col: number): boolean {
  if (!year || year.kind !== 'fiscal') return false;
  const dates = datesIn(texts);
  if (!dates.length) return false;
  const ofYear = dates.every((d) => datesTheYear(year, d));
  return ofYear && figuresUnder(grid, last, col);
}
