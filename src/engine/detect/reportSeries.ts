/**
 * A series of reports: sheets of the same form for successive parts of one fiscal year (a 月報 per month, 「4月」…「3月」, or
 * a sheet per quarter, 「第1四半期」…), each sheet's name or else its title naming its month or quarter (「…（3月分）」), all
 * stating the same fiscal year (or none) and holding mostly the same indicators at the same rows, each with an actual's
 * column (a 目標値 sheet beside a 実績値 sheet is no report of the series, join.ts joins them). A clerk reads such an
 * indicator once: on the latest sheet with figures (its 累計 the year's actual so far, the 3月 sheet's the year's), the
 * earlier sheets being earlier reports of the same indicators, never new ones, and the later sheets forms not yet filled.
 * Their indicators that recur on a later sheet read are left out and each such sheet says so (sheet-left-out, `series`,
 * naming the sheet read); an indicator no later sheet holds keeps its own reading. When the sheet read is not the year's
 * last part (a 12月 report, the 第3四半期), its actuals are the year's so far: each is a `year-to-date-report` guess
 * naming the actual and name cells, never graded silently as the year's.
 * Sheets naming no part (a date of writing, 「4月10日集計」, names none), two sheets naming the same part, or sheets of other
 * indicators are left as they are read; a 速報値 sheet beside its 確定値 is left out before (provisionalSheets.ts).
 * A series is read so only when its actuals run over the year: each read under a heading of a running total (累計, 年度計,
 * 年間) or on a row of a stock at the month's end (月末現在); a sheet whose plain 実績 holds its own month's figure (or its
 * half's) never gives the year's actual, and its sheets are read as they are, each copy flagged (review rv44). Sheets whose
 * names give the year with the month (「令和6年3月」「R6.9」「2024年9月」) are of that month's fiscal year: a series never
 * spans two.
 */
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { hasActuals, nameKey, recurs } from './otherPeriodSheets';
import type { RawIndicator, SheetDetection } from './types';

/** A part of the fiscal year: its order (4月 0 … 3月 11; a quarter or half at its last month) and whether it closes the year. */
interface Part {
  order: number;
  last: boolean;
  /** The fiscal year the name gives with its month (「令和6年3月」: 2023), when it gives one. */
  fiscalYear?: number;
}

/** A month, never one of a date (「令和6年4月10日集計」 says when the sheet was written, not what it reports). */
const MONTH = /(?<![0-9])(1[0-2]|[1-9])月(?![0-9]+日)/g;
/** A sheet named by year and month: 「R6.4」「2024.10」「令和7.3」. */
const DOTTED_MONTH = /^(?:令和|平成|r|h)?[0-9]{1,4}[.．/](1[0-2]|0?[1-9])$/i;
const QUARTER = /第?([1-4一二三四])四半期|(?<![a-z])q([1-4])(?![0-9])|(?<![0-9])([1-4])q(?![a-z])/i;
const HALF = /(上|下)半?期/;
const KANJI: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const monthPart = (m: number): Part => ({ order: (m + 8) % 12, last: m === 3 });

/** The one month or quarter a text names, or null (none, or a range of months such as 4月～6月). */
function partIn(raw: string, sheetName: boolean): Part | null {
  const t = normalizeText(raw).replace(/\s+/g, '');
  const months = new Set([...t.matchAll(MONTH)].map((m) => Number(m[1])));
  const quarter = QUARTER.exec(t);
  if (quarter) {
    const q = Number(quarter[1] ? (KANJI[quarter[1]] ?? quarter[1]) : (quarter[2] ?? quarter[3]));
    return months.size ? null : { order: q * 3 - 1, last: q === 4 };
  }
  if (months.size === 1) return monthPart([...months][0]);
  if (months.size) return null;
  const dotted = sheetName ? DOTTED_MONTH.exec(t) : null;
  if (dotted) return monthPart(Number(dotted[1]));
  const half = HALF.exec(t);
  return half ? { order: half[1] === '上' ? 5 : 11, last: half[1] === '下' } : null;
}

/** The fiscal year of the month a text names with its year (「令和6年3月」 2023, 「R6.9」 2024: values/periods.ts), or undefined. */
function fiscalYearIn(raw: string): number | undefined {
  const p = findPeriod(raw)?.period;
  return p?.kind === 'month' ? p.fiscalYear : undefined;
}

/** The part a sheet reports: its name's, else its title's, with the fiscal year its name gives with the month. */
function partOf(d: SheetDetection): Part | null {
  const part = partIn(d.meta.sheet, true) ?? (d.meta.title ? partIn(d.meta.title, false) : null);
  const fiscalYear = fiscalYearIn(d.meta.sheet) ?? (d.meta.title ? fiscalYearIn(d.meta.title) : undefined);
  return part && fiscalYear !== undefined ? { ...part, fiscalYear } : part;
}

const ownYear = (d: SheetDetection): number | null => {
  const p = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
  return p && p.kind === 'fiscal' ? p.fiscalYear : null;
};

/** Whether most of the sheet's indicators have an actual's cell (filled or not): a report, never a 目標値 sheet joined with it (join.ts). */
function reportsActuals(d: SheetDetection): boolean {
  return d.indicators.filter((i) => i.actuals.length).length * 2 > d.indicators.length;
}

/** Whether most of `d`'s indicators recur on `other` with their names at the same cells (the same form). */
function sameForm(d: SheetDetection, other: SheetDetection): boolean {
  const cells = new Map(other.indicators.map((i) => [nameKey(i.name), i.nameCell]));
  const same = d.indicators.filter((i) => cells.get(nameKey(i.name)) === i.nameCell);
  return recurs(d, other) && same.length * 2 > d.indicators.length;
}

interface Report {
  d: SheetDetection;
  part: Part;
}

/** The sheets reporting parts of one year in one form, latest first, or null when fewer than two or two name one part. */
function seriesOf(first: Report, reports: Report[]): Report[] | null {
  const year = ownYear(first.d);
  const series = reports.filter((r) => ownYear(r.d) === year && r.part.fiscalYear === first.part.fiscalYear && (r === first || sameForm(r.d, first.d)));
  if (series.length < 2 || new Set(series.map((r) => r.part.order)).size !== series.length) return null;
  return series.sort((a, b) => b.part.order - a.part.order);
}

/** Takes out (in place) the indicators of earlier reports and unfilled later forms that a series' latest filled sheet reads. */
export function dropEarlierReports(detections: SheetDetection[], grids: Map<string, Grid>): void {
  const reports: Report[] = detections.flatMap((d) => {
    const part = d.indicators.length && !d.leftOutSheet && reportsActuals(d) ? partOf(d) : null;
    return part ? [{ d, part }] : [];
  });
  const done = new Set<Report>();
  for (const first of reports) {
    if (done.has(first)) continue;
    const series = seriesOf(first, reports);
    if (!series) continue;
    for (const r of series) done.add(r);
    const read = series.findIndex((r) => hasActuals(r.d));
    const grid = read < 0 ? undefined : grids.get(series[read].d.meta.sheet);
    if (read < 0 || !grid || !runsOverYear(series[read].d, grid)) continue;
    leaveOut(series, read);
    if (!series[read].part.last) markYearToDate(series[read].d);
  }
}

/** A running total's heading (累計実績, 年度累計, 年度計, 年間実績) or a stock's (月末現在, 末時点). */
const OVER_YEAR = /累計|累積|年度計|年間|年度実績|末現在|末時点|月末/;
/** How far above its figure a column's heading may stand (the rows of a long table between). */
const HEADING_REACH = 200;

/** Whether an indicator's actual runs over the year: its column's heading or its row says so (see the module's comment). */
function actualOverYear(ind: RawIndicator, grid: Grid): boolean {
  const actual = ind.actuals.find((p) => p.parsed.status === 'value');
  if (!actual) return true;
  const row: string[] = [];
  for (let c = grid.left; c <= grid.right; c++) row.push(grid.text(actual.row, c));
  if (OVER_YEAR.test(normalizeText(row.join(' ')))) return true;
  // The column's heading: the first words above the figure, the other rows' figures and dashes passed over (and the line over it).
  for (let r = actual.row - 1, words = 0; r >= Math.max(grid.top, actual.row - HEADING_REACH) && words < 2; r--) {
    const t = normalizeText(grid.text(r, actual.col)).trim();
    if (!t || typeof grid.raw(r, actual.col) === 'number' || /^[-－―ー‐—–]+$/.test(t)) continue;
    if (OVER_YEAR.test(t)) return true;
    words++;
  }
  return false;
}

/** Whether every actual of the sheet read runs over the year. */
function runsOverYear(d: SheetDetection, grid: Grid): boolean {
  return d.indicators.every((i) => actualOverYear(i, grid));
}

/** Each sheet of the series but the one read: its indicators a sheet read later in the year holds are left out, said so. */
function leaveOut(series: Report[], read: number): void {
  const seen = new Set(series[read].d.indicators.map((i) => nameKey(i.name)));
  series.forEach((r, k) => {
    if (k === read) return;
    const d = r.d;
    const dropped = d.indicators.filter((i) => seen.has(nameKey(i.name)));
    if (k > read) for (const i of d.indicators) seen.add(nameKey(i.name));
    if (!dropped.length) return;
    d.leftOutSheet = {
      reason: 'series',
      cell: dropped[0].nameCell,
      text: d.meta.title ?? d.meta.sheet,
      indicators: dropped.map((i) => i.name),
      otherSheet: series[read].d.meta.sheet,
    };
    d.indicators = d.indicators.filter((i) => !dropped.includes(i));
  });
}

/** The sheet read reports a part before the year's end: each actual is the year's so far, a guess naming it. */
function markYearToDate(d: SheetDetection): void {
  for (const ind of d.indicators) {
    const actual = ind.actuals.find((p) => p.parsed.status === 'value');
    if (actual) (ind.guesses ??= []).push({ reason: 'year-to-date-report', cells: [actual.cell, ind.nameCell] });
  }
}
