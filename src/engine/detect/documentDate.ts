/**
 * The date a sheet was made, written with its label (「作成日：令和6年4月12日」, or 作成日 | 令和6年4月12日 in two cells): when
 * no period is stated, named in a title or given by a year's column, it is the one date the sheet carries. A report made in
 * the half year after a fiscal year closes (4月〜9月: the settlement and evaluation season, 行政評価 being made by summer's end)
 * reports the year just closed; one made later reports its own year. Either way the evaluation period it gives is a guess, named by the date's cell (evaluationPeriod.ts).
 */
import { a1 } from '../model/address';
import { findPeriod, fiscalYearLabel, parsePeriodArg, type Period } from '../values/periods';
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';

/** A label dating the sheet itself, when it was made or sent (作成日, 報告日, 提出日, 記入年月日, 作成年月日). */
const LABEL = /^[【［[(（]?(?:作成|報告|提出|記入|回答|更新)(?:年月)?日[】］\])）]?[:：]?/;

/**
 * A line of its making: a date first (a month, perhaps a day), then the office that made it, then 作成 closing it. A plan's
 * history (「平成30年3月　第2次経営戦略作成」) dates the plan, not the sheet: no office, no date of making (review rv56).
 */
const MADE_LINE =
  /^((?:令和|平成|R|H)?[0-9元]{1,4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?)((?:[^。、:：をにがはてで]{0,20}(?:課|局|室|係|部|センター|担当|事務所))?)作成$/;

/** The label's words, for a cheap look before a cell is read. */
const WORDS = ['作成', '報告', '提出', '記入', '回答', '更新'];

/** The sheet's own date: the fiscal year it reports, its cell and text. */
export interface DocumentDate {
  period: Period;
  cell: string;
  text: string;
}

/** The date written after the label in one cell, or alone in the next filled cell right of the label; a month and a day needed. */
function dateOf(grid: Grid, row: number, col: number, text: string): { date: Period; cell: string; text: string } | null {
  const t = compact(normalizeText(text));
  const m = LABEL.exec(t);
  // 「令和6年7月　上下水道局総務課作成」: a month opening a line that closes with 作成 (the maker between) dates the making.
  const made = m ? null : MADE_LINE.exec(t);
  const p = made ? findPeriod(made[1]) : null;
  if (p && p.index === 0 && p.length === made![1].length && p.period.kind === 'month') return { date: p.period, cell: a1(row, col), text };
  if (!m) return null;
  const rest = t.slice(m[0].length);
  if (rest) {
    const p = findPeriod(rest);
    return p && p.index === 0 && p.period.kind === 'month' && /日/.test(rest) ? { date: p.period, cell: a1(row, col), text } : null;
  }
  for (let c = col + 1; c <= Math.min(grid.right, col + 3); c++) {
    const a = grid.anchor(row, c);
    const v = grid.text(a.row, a.col);
    if (!v || (a.row === row && a.col < col)) continue;
    const p = findPeriod(compact(normalizeText(v)));
    return p && p.index === 0 && p.period.kind === 'month' && /日/.test(v) ? { date: p.period, cell: a1(a.row, a.col), text: v } : null;
  }
  return null;
}

/** The fiscal year a report made on `date` covers: the year just closed when made in 4月〜9月 (review rv52), else the date's own. */
export function reportedFiscalYear(date: Period): number {
  const month = date.month ?? 0;
  return month >= 4 && month <= 9 ? date.fiscalYear - 1 : date.fiscalYear;
}

/** The sheet's one labelled date of its making (two different ones: none), as the fiscal year it reports; null when none. */
export function sheetDocumentDate(grid: Grid): DocumentDate | null {
  if (!sheetMentionsAny(grid, WORDS)) return null;
  const found = textCells(grid)
    .filter(({ text }) => text.length <= 40 && WORDS.some((w) => text.includes(w)))
    .map(({ row, col, text }) => dateOf(grid, row, col, text))
    .filter((d): d is NonNullable<typeof d> => !!d);
  if (!found.length || new Set(found.map((d) => reportedFiscalYear(d.date))).size > 1) return null;
  const period = parsePeriodArg(fiscalYearLabel(reportedFiscalYear(found[0].date)));
  return period ? { period, cell: found[0].cell, text: found[0].text } : null;
}
