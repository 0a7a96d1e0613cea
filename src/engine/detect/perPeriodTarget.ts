/**
 * A target set per month or day, or for an average (目標（1日平均）, 目標（月）, 月間目標, 月平均目標; a bare 目標 beside a 月平均 or
 * 1日平均 column), is never graded against the year's total right of the months (年度計, 年間計): 40 a day is no target for 10260
 * a year. One predicate for every path that reads a month run (monthRunNameHeading.ts for a plain word heading, settleParts for
 * the rows under a 施設名 heading: review rv71, older leftover). Where a column right of the months holds what the target is set
 * for (目標（1日平均） beside 1日平均, 月平均目標 beside 月平均), that column is the actual, as a clerk reads it; else the total is
 * left unread with a `target-per-period` guess naming it and the target's heading.
 */
import { parseA1 } from '../model/address';
import type { Column } from './column';
import { point } from './common';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

export const bareHeading = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A target counting per month, week or day, or an average: 1日平均, 目標（月）, 月間目標, 日当たり (not a date: 目標（3月末）). */
const PER_PERIOD = /平均|当たり|あたり|[1一]日|(?<![0-9])[月週日](?!末)/;
/** A target heading naming the year (年度目標, 年間目標, 目標（年度）): the year's own whatever stands beside it. */
const OF_YEAR = /年度|年間|通年|年計/;

/**
 * Whether a month run's targets are set per period, not for the year's total: a target heading counting per month or day,
 * or an average heading beside a target naming no year. `targets` the target (or plan) headings, `others` the other
 * headings right of the months.
 */
export function targetPerPeriod(targets: readonly string[], others: readonly string[]): boolean {
  const t = targets.map(bareHeading);
  if (t.some((x) => PER_PERIOD.test(x) && !OF_YEAR.test(x))) return true;
  return others.some((x) => /平均/.test(bareHeading(x))) && !t.every((x) => OF_YEAR.test(x));
}

/** What a per-period target is set for: its heading less the target word and brackets (目標（1日平均） → 1日平均). */
const setFor = (heading: string) => bareHeading(heading).replace(/目標値?|計画値?|[()（）]/g, '');

const cellAt = (address: string) => parseA1(address);

/** The header texts right of the last part, on the rows of the target columns' heading cells, with their columns. */
function headingsRight(grid: Grid, columns: Column[], lastPart: number): { col: number; text: string }[] {
  const rows = new Set(columns.flatMap((c) => c.cells.map((a) => cellAt(a)?.row ?? -1)).filter((r) => r > 0));
  const last = Math.max(...columns.map((c) => c.col)) + 2;
  const out: { col: number; text: string }[] = [];
  for (const r of rows) for (let c = lastPart + 1; c <= last; c++) if (grid.text(r, c)) out.push({ col: c, text: grid.text(r, c) });
  return out;
}

/** The span an average or a part is taken over: a day (1日平均, 日平均, 日当たり), a week (週平均), a month (月平均, 4月), a quarter. */
function spanOf(text: string): 'day' | 'week' | 'month' | 'quarter' | 'half' | null {
  if (/[1一]日|日(?:当たり|あたり|平均)/.test(text)) return 'day';
  if (/週/.test(text)) return 'week';
  if (/四半期|^Q[1-4]$/i.test(text)) return 'quarter';
  if (/[上下]半?期/.test(text)) return 'half';
  return /月/.test(text) ? 'month' : null;
}

/**
 * Whether the row's year figure is itself the parts' average (年度平均, read as the actual by partsAverage.ts) beside targets
 * set as an average of the same span (縮減目標（月平均） beside 4月 … 3月): the figure is what the target is set for, so it stands.
 * Review rv79 item 1: only when every target names its span and it is the span of the parts (or of the average's own heading);
 * a per-day or per-week target (目標（日平均）, 縮減目標（週平均）) beside a month average is another average: not this.
 */
function averageForAverage(heads: { col: number; text: string }[], targetCols: Column[], totalCol: number, partSpan: string | null): boolean {
  const own = heads.filter((h) => h.col === totalCol).map((h) => bareHeading(h.text));
  if (!own.length || !own.every((t) => /平均/.test(t))) return false;
  const ownSpan = own.map(spanOf).find((s) => s) ?? partSpan;
  const targets = heads.filter((h) => targetCols.some((c) => c.col === h.col)).map((h) => bareHeading(h.text));
  return !!ownSpan && targets.length > 0 && targets.every((t) => /平均/.test(t) && spanOf(t) === ownSpan);
}

/** The span of the parts by the last part's heading on the header rows (4月 … 3月: month), or null when none says. */
function partsSpan(grid: Grid, columns: Column[], lastPart: number): 'day' | 'week' | 'month' | 'quarter' | 'half' | null {
  const rows = new Set(columns.flatMap((c) => c.cells.map((a) => cellAt(a)?.row ?? -1)).filter((r) => r > 0));
  for (const r of rows) {
    const t = bareHeading(grid.text(r, lastPart));
    if (/^[0-9]{1,2}月(?:分)?$/.test(t)) return 'month';
    const s = t ? spanOf(t) : null;
    if (s && s !== 'month') return s;
  }
  return null;
}

/** Re-reads or leaves unread the row's year total when its target is set per month, day or average (see the module's note). */
function perPeriodTotal(grid: Grid, columns: Column[], total: Point, lastPart: number, ind: RawIndicator): void {
  const targetCols = columns.filter((c) => c.role === 'target' || c.role === 'expected');
  if (!targetCols.length) return;
  const heads = headingsRight(grid, columns, lastPart);
  if (averageForAverage(heads, targetCols, total.col, partsSpan(grid, columns, lastPart))) return;
  const targetHeads = heads.filter((h) => targetCols.some((c) => c.col === h.col));
  const others = heads.filter((h) => !targetCols.some((c) => c.col === h.col) && h.col !== total.col);
  if (
    !targetHeads.length ||
    !targetPerPeriod(
      targetHeads.map((h) => h.text),
      others.map((h) => h.text),
    )
  )
    return;
  const wanted = targetHeads.map((h) => setFor(h.text)).filter(Boolean);
  const own = others.find((h) => wanted.includes(bareHeading(h.text).replace(/実績値?|[()（）]/g, '')));
  const actual = own ? point(grid, total.row, own.col, total.period) : null;
  const at = ind.actuals.indexOf(total);
  if (actual && actual.parsed.status === 'value' && at >= 0) {
    ind.actuals[at] = actual;
    return;
  }
  total.parsed = { status: 'not-applicable', text: total.parsed.text };
  (ind.guesses ??= []).push({ reason: 'target-per-period', cells: [total.cell, `${targetCols[0].cells[0]}`] });
}

/** Each year total of the row (an actual column right of its months) checked against a target set per period (perPeriodTotal). */
export function perPeriodTotals(grid: Grid, columns: Column[], parts: Point[], ind: RawIndicator): void {
  const lastPart = Math.max(...parts.map((p) => p.col));
  const totalCols = new Set(columns.filter((c) => c.role === 'actual' && c.col > lastPart).map((c) => c.col));
  for (const p of [...ind.actuals])
    if (totalCols.has(p.col) && p.row === parts[0].row && p.parsed.status === 'value') perPeriodTotal(grid, columns, p, lastPart, ind);
}

/** Whether the total at `cell` was left unread here (a month-end figure must not stand in for it: monthEndActual.ts). */
export function leftUnreadPerPeriod(ind: RawIndicator, cell: string): boolean {
  return !!ind.guesses?.some((g) => g.reason === 'target-per-period' && g.cells[0] === cell);
}
