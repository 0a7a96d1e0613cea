/**
 * A year heading closed by a bracket saying its figure is counted within the year, 「令和５年度（単年度）」「R5（単年）」: the
 * year's own figure, written so beside its running total (累計（令和３～５年度）). The year written is the column's period, as
 * a plain 「令和５年度」 is, when it is the column's last heading under a measure heading. Read in the header's columns only: the sheet's index, which decides where a header band ends,
 * keeps such a cell as no period (a name merged down over 令和５年度（単年度） | 累計 still heads a two-row band).
 * Only a bracket holding nothing but the counting basis: 「令和5年度（単年度目標）」「R3～R5（単年度）」 are not read here.
 */
import { SERIES_ROLES, type Label } from '../values/labels';
import { parsePeriodCell, type Period } from '../values/periods';
import type { Column } from './column';
import { headingTexts } from './cumulativeTwins';
import type { Grid } from './grid';

/** 単年度, 単年, 年度単位 in brackets, closing the heading. */
const SINGLE_YEAR_NOTE = /^(.+?)[(（[［【](?:単年度?|年度単位)[)）\]］】]$/;

/**
 * The column's last heading as such a year, under a measure heading (実績値 over 令和５年度（単年度）), dated by its year; undefined
 * otherwise. A 単年度 year over measure sub-columns (令和５年度（単年度） over 目標 | 実績, beside 計画期間累計 over 目標 | 実績) is
 * not read so: its pair and the 累計 pair stay twins, a note choosing between them (gradedOnCumulative.ts).
 */
export function singleYearUnderMeasure<H extends { text: string; label: Label | null; period: { period: Period; baseline: boolean } | null }>(
  hs: readonly H[],
): H | undefined {
  const last = hs[hs.length - 1];
  if (!last || last.period || last.label || !hs.slice(0, -1).some((h) => h.label && SERIES_ROLES.has(h.label.role))) return undefined;
  const period = singleYearPeriod(last.text);
  return period ? { ...last, period } : undefined;
}

/** 単年度 first, its year in brackets closing the heading: 「単年度（令和5年度）」, the same year's own figure. */
const SINGLE_YEAR_FIRST = /^(?:単年度?|年度単位)[(（[［【]([^()（）]+)[)）\]］】]$/;

/** The period of a year heading closed by a 単年度 note, or of a 単年度 heading closed by its year in brackets; else null. */
export function singleYearPeriod(text: string): { period: Period; baseline: boolean } | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = SINGLE_YEAR_NOTE.exec(t) ?? SINGLE_YEAR_FIRST.exec(t);
  const read = m ? parsePeriodCell(m[1]) : null;
  return read && read.period.kind === 'fiscal' ? read : null;
}

/**
 * The 累計 column beside such a year under the same measure heading (実績値 over 令和５年度（単年度） | 累計（令和３～５年度））:
 * the year's running total, derived as a 累計 twin of the year's actual is (cumulativeTwins.ts): never an undated actual of every
 * row. A row marked 累計 still reads it (markedRowTotal.ts). Not beside a target set over a term or a running total.
 */
export function singleYearTotals(grid: Grid, columns: readonly Column[]): Column[] {
  // A target over a term (目標値（令和３～５年度累計）「（令和７年度末累計）」) is set on the running total: the 累計 column is then every
  // row's actual, as before this rule (review rv65: rows were graded D on the year's figure against the term's total, silently).
  // The year's column is then left undated too, as before: which of the two is graded stays the cumulative target's question.
  const singles = columns.filter((c) => c.role === 'actual' && c.period && singleYear(headingTexts(grid, c.cells)));
  if (columns.some((c) => termTarget(grid, c))) {
    for (const c of singles) delete c.period;
    return [];
  }
  return columns.filter(
    (c) =>
      c.role === 'actual' &&
      !c.period &&
      /累計/.test(headingTexts(grid, c.cells).slice(1).join('')) &&
      singles.some((s) => s.cells.length > 1 && s.cells[0] === c.cells[0]),
  );
}

/** A target column heading a running total or a term (目標値 over 累計（令和３～５年度）, 目標値（令和３～５年度累計）). */
const termTarget = (grid: Grid, c: Column) => c.role === 'target' && /累計|[～〜~]/.test(headingTexts(grid, c.cells).join(''));

/**
 * A target column dated by such a year beside a target over a term (目標値 over 単年度（令和5年度） | 累計（令和3～5年度））: left
 * undated, as before the year was read from it, so the two stay twins and the 累計 target is never paired with the year's actual
 * (review rv73: a row's 「－」 in the year's target gave way to the 累計 target, graded D on the year's figure, silently). Run
 * before the twins are found (header.ts).
 */
export function undateSingleTargetsBesideTerm(grid: Grid, columns: readonly Column[]): void {
  if (!columns.some((c) => termTarget(grid, c))) return;
  for (const c of columns) if (c.role === 'target' && c.period && singleYear(headingTexts(grid, c.cells))) delete c.period;
}

/** Whether a column's last heading is a year closed by a 単年度 note (not a plain year). */
function singleYear(texts: string[]): boolean {
  const last = texts[texts.length - 1] ?? '';
  return !parsePeriodCell(last) && singleYearPeriod(last) !== null;
}
