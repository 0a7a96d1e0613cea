/**
 * A sheet stating that its count at a date is the result of the fiscal year before that date — 「評価時点：令和7年4月1日現在の
 * 職員数（令和6年度の定員管理の結果）」 — dates every column of that month (R5.4.1, R6.4.1, R7.4.1 …) as the fiscal year before
 * it: the R7.4.1 count is 令和6年度's figure, the R6.4.1 count 令和5年度's, as the sheet's own words say. Without such a statement a
 * 4月1日 count stays in the fiscal year it opens, and so does a count at that date among columns of other months (R6.4.1 |
 * R6.10.1, monthly columns).
 *
 * A note naming a year's 実績 as the count at a date of the year after — 「令和5年度の実績＝令和6年4月1日時点」 — says the same,
 * and says more: that count is the year's actual, so it is moved even among columns of other months (R5.4.1 | R5.10.1 |
 * R6.4.1), whose figures (a mid-year 10月1日 count) then stay the points they are but are no longer the year's actual.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator, SheetMeta } from './types';

/** 「…年度の実績＝…日時点」「…年度の実績は…日現在」: a year's 実績 set equal to a dated count. */
const ACTUAL_IS_DATE = /年度の?実績(?:値)?(?:[＝=]|は|を)([^。）)]{4,24}?)(?:時点|現在)/g;

/** The dates (a month, perhaps a day) written in a text, in order. */
function datesIn(text: string): Period[] {
  const out: Period[] = [];
  const t = compactForPeriod(text);
  for (let from = 0; from < t.length;) {
    const m = findPeriod(t.slice(from));
    if (!m) break;
    if (m.period.kind === 'month') out.push(m.period);
    from += m.index + m.length;
  }
  return out;
}

/** The date the stated fiscal year's result is counted at, when the statement's line writes one in the year after. */
export function closingCountDate(meta: SheetMeta): Period | null {
  const stated = meta.statedPeriod;
  if (!stated || stated.asOf || stated.period.kind !== 'fiscal') return null;
  return datesIn(stated.text).find((d) => d.fiscalYear === stated.period.fiscalYear + 1) ?? null;
}

/** A note on the sheet saying a fiscal year's 実績 is counted at a date of the year after (「令和5年度の実績＝令和6年4月1日時点」). */
export interface ActualDateNote {
  date: Period;
  /** The rows it stands on: a note merged down covers each; a 「同上」 right under it repeats it on its row. */
  rows: number[];
  text: string;
}

/** Every such note on the sheet (the first's date counts for all), or an empty list. */
export function actualDateNotes(grid: Grid): ActualDateNote[] {
  // Asked of every sheet: one with no 実績 near a 年度 in any cell (most) is passed over at once.
  if (!sheetMentions(grid, '実績')) return [];
  const out: ActualDateNote[] = [];
  for (const { row, col, text } of textCells(grid)) {
    if (!text.includes('実績') || !text.includes('年度')) continue;
    const t = compactForPeriod(text);
    for (const m of t.matchAll(ACTUAL_IS_DATE)) {
      const year = findPeriod(t.slice(Math.max(0, m.index - 12), m.index + 2));
      const date = datesIn(m[1])[0];
      if (year?.period.kind !== 'fiscal' || !date || date.fiscalYear !== year.period.fiscalYear + 1) continue;
      const bottom = grid.merge(row, col)?.bottom ?? row;
      const rows = Array.from({ length: bottom - row + 1 }, (_, k) => row + k);
      for (let r = bottom + 1; r <= grid.bottom && /^(同上|〃|″)$/.test(grid.text(r, col).trim()); r++) rows.push(r);
      out.push({ date, rows, text: t });
      break;
    }
  }
  return out;
}

/**
 * The indicators the notes speak for: written on indicators' own rows (their 備考), those alone; naming indicators
 * (「※待機児童数：令和５年度の実績＝…」), those named; else every indicator of the sheet (reviews rv55, rv56).
 */
function notedIndicators(notes: ActualDateNote[], indicators: RawIndicator[]): RawIndicator[] {
  const rows = new Set(notes.flatMap((n) => n.rows));
  const onRow = indicators.filter((ind) => rows.has(ind.row));
  if (onRow.length) return onRow;
  const named = indicators.filter((ind) => ind.name.length >= 2 && notes.some((n) => n.text.includes(compactForPeriod(ind.name))));
  return named.length ? named : indicators;
}

/** Dates each figure counted at the statement's month as the fiscal year before it. */
export function applyClosingCountDate(meta: SheetMeta, indicators: RawIndicator[], grid?: Grid): void {
  const notes = grid ? actualDateNotes(grid) : [];
  const note = notes.length ? notes[0] : null;
  const date = note?.date ?? closingCountDate(meta);
  if (!date) return;
  const own = note ? notedIndicators(notes, indicators) : indicators;
  const points = own.flatMap((ind) => [...ind.actuals, ...ind.targets, ...ind.baselines]);
  const otherMonth = (p: { period?: Period }) => p.period?.kind === 'month' && p.period.month !== date.month;
  // Only a series of counts at that one date (R5.4.1 | R6.4.1 | R7.4.1): beside 10月1日 or monthly columns the date is one
  // point of a year's course, not the closing count (review rv50) — unless a note names that date's count the year's 実績.
  if (!note && points.some(otherMonth)) return;
  for (const p of points) if (p.period?.kind === 'month' && p.period.month === date.month) p.period = { ...p.period, fiscalYear: p.period.fiscalYear - 1 };
  if (note)
    for (const ind of own)
      ind.actuals = ind.actuals.filter(
        (p) => !otherMonth(p) || !ind.actuals.some((q) => q !== p && !otherMonth(q) && q.period?.fiscalYear === p.period?.fiscalYear),
      );
}
