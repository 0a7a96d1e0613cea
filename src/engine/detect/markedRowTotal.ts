/**
 * A row marking itself a running total (「累計」 in its own 区分 cell, beside rows marked 「単年度」) in a table with the year's
 * actual column and a total column beside it (R5実績値（単年度） | 実績値累計（R3～R5）): the clerk compares the row's target with
 * the total, as the mark says, and the year's single figure is its part. The row's actual of the total's year is read from the
 * total column; rows marked otherwise, or not at all, keep the single year's. A total column whose run of years ends before the
 * actual's year (read from its own heading cell), a run starting in another year than the row's mark states, a total cell left blank, or a level (％, 率: never a running total) leaves the row as it is.
 */
import { parseA1 } from '../model/address';
import type { Column } from './column';
import { point } from './common';
import { isLevel, marksRunningTotal, rowCumulativeMark, totalColumn } from './cumulativeTarget';
import { cumulativeMarkedTarget, latestActualYear } from './cumulativeMarkedTarget';
import { headingText, headingTexts, isCumulativeTwinLine } from './cumulativeTwins';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import { statedRun, yearlyReading } from './runningTotal';
import { compactForPeriod, findPeriod, parsePeriodCell, type Period } from '../values/periods';
import type { RawIndicator } from './types';
import { SINGLE_YEAR } from './countingBasisRows';
import { singleYearOfDashedTotal } from './dashedTotalRow';
import { totalAsOf } from './totalAsOf';
import { markStartsBeforeTable, startUnknownGuess } from './markStartBeforeTable';
import { markedTargetYear, twinOverRun, YEAR_TARGET } from './markedTargetYear';
import { YEAR_COUNTER } from '../values/yearCounter';

/** Per grid, per table's latest actual column: its total column and own heading, or null (read once per table). */
const TOTALS = new WeakMap<Grid, Map<string, { col: number; heading: string } | null>>();

/** The header rows the columns' heading cells stand on, top to bottom. */
function bandOf(columns: Column[]): number[] {
  const rows = new Set(columns.flatMap((c) => c.cells.map((ref) => parseA1(ref)?.row ?? 0)).filter((r) => r > 0));
  return [...rows].sort((a, b) => a - b);
}

/**
 * The total column's own heading: its cells in the band not merged across other columns (a year's 「令和5年度実績」 merged over
 * 単年度実績 | 累計実績 is the group's, and its year no part of the total's run: review rv49).
 */
function ownHeading(grid: Grid, band: number[], col: number): string {
  return band
    .filter((row) => {
      const m = grid.merge(row, col);
      return !m || (m.left === col && m.right === col);
    })
    .map((row) => grid.text(row, col))
    .join('');
}

/** The fiscal year a text's run starts in (「累計実績（平成30年度〜）」「累計（R3〜R7）」), or null when it states none. */
export function runStart(text: string): number | null {
  const run = statedRun(text);
  if (run) return run[0];
  const t = compactForPeriod(text);
  const first = findPeriod(t);
  if (!first || first.period.kind !== 'fiscal') return null;
  return /^[^〜～~\-－―]{0,3}?([〜～~\-－―]|から|以降)/.test(t.slice(first.index + first.length)) ? first.period.fiscalYear : null;
}

/**
 * The unread total column of the table beside its latest dated actual column, its run (if stated) ending in that year; an
 * undated one (the sheet's year) takes the year of the row's 累計-marked target (`year`, markedTargetYear.ts).
 */
export function totalBeside(grid: Grid, columns: Column[], latest: Column, year?: number): { col: number; heading: string } | null {
  let byTable = TOTALS.get(grid);
  if (!byTable) TOTALS.set(grid, (byTable = new Map()));
  const asOf = latest.period?.fiscalYear ?? year;
  const key = `${latest.cells.join(',')}@${asOf ?? ''}`;
  let out = byTable.get(key);
  if (out === undefined) {
    const band = bandOf(columns);
    const found = totalColumn(grid, band, columns, latest.col) ?? cumulativeTwinOf(grid, columns, latest);
    const heading = found === undefined ? '' : ownHeading(grid, band, found);
    const run = statedRun(heading);
    // Unread, or read as the 累計 twin of the year's actual (単年度実績 | 累計実績 under one year: cumulativeTwins.ts), or as an
    // undated actual (累計（R3〜R5） under 実績 beside 令和3〜5年度: the group's heading, no year of its own).
    const undatedActual = (c: Column) => c.role === 'actual' && !c.period;
    const unread = found !== undefined && !columns.some((c) => c.col === found && c.role !== 'derived' && !undatedActual(c));
    out = unread && (!run || run[1] === asOf) && !datedAfter(heading, asOf) ? { col: found, heading } : null;
    byTable.set(key, out);
  }
  return out;
}

/**
 * Whether a total's own heading dates it at a point after the year read (累計実績（R6.9月末現在） beside 令和5年度's actual, a later
 * year's in-progress column skipped): the total runs on past that year, never its figure (review rv80 item 1).
 */
function datedAfter(heading: string, year: number | undefined): boolean {
  if (year === undefined || !/現在|時点/.test(heading)) return false;
  const at = findPeriod(compactForPeriod(heading.normalize('NFKC')));
  return !!at && at.period.fiscalYear > year;
}

/**
 * The 累計 twin of the latest actual, left unread (cumulativeTwins.ts): the same year's figure headed as its running total
 * (令和５年度実績（単年度） | 令和５年度末実績（累計・年度末）), a total column though its heading is the year's.
 */
function cumulativeTwinOf(grid: Grid, columns: Column[], latest: Column): number | undefined {
  // Never the 累計 target's twin (令和５年度末目標（累計）, derived too): only a heading naming no target or plan (rv61).
  const twin = columns.find((c) => {
    const heading = headingText(grid, c.cells);
    return (
      c.role === 'derived' &&
      (c.period ?? yearEndOf(headingTexts(grid, c.cells)))?.fiscalYear === latest.period?.fiscalYear &&
      c.relative === undefined &&
      /累計/.test(heading) &&
      !/目標|計画|見込/.test(heading)
    );
  });
  return twin?.col;
}

/**
 * The year a total column's own last heading closes at, 「令和3年度末（平成31年度からの累計）」: the year-end the running total
 * stands at, its bracket (the run's start) aside. Null for a heading without 末 (a plain year is the header's to date) or naming
 * other than one fiscal year before the bracket.
 */
export function yearEndOf(texts: readonly string[]): Period | null {
  const own = (texts[texts.length - 1] ?? '').normalize('NFKC').replace(/\s+/g, '');
  const m = /^(.+?年度?)末(?:時点|現在)?[(（][^()（）]*累計[^()（）]*[)）]$/.exec(own);
  const read = m ? parsePeriodCell(m[1]) : null;
  return read && read.period.kind === 'fiscal' && !read.baseline ? read.period : null;
}

/**
 * A mark counting its years (「5年間累計」) takes a total whose heading states no start (累計, 累計実績, 累計（計画期間）), or
 * whose stated run starts no earlier than the plan (its 計画期間 on the sheet, else the table's first year) and is no longer
 * than the mark's years: 累計（R1〜）, 累計（H27〜R5） or 累計（制度開始から） count from before the plan (reviews rv55, rv56).
 */
/** A mark counting its years: 「5年間」「3か年」「3ヶ年」. */
const COUNTED_YEARS = new RegExp(String.raw`^([0-9０-９]+)\s*${YEAR_COUNTER}?年間?`);

function spansMarkedYears(grid: Grid, mark: string, heading: string, columns: Column[]): boolean {
  const years = COUNTED_YEARS.exec(mark.normalize('NFKC').trim());
  if (!years) return true;
  const run = statedRun(heading);
  if (!run) return runStart(heading) === null && !/開始|通算|創設|以来/.test(heading);
  const first = planStart(grid) ?? Math.min(...columns.filter((c) => c.period).map((c) => c.period!.fiscalYear));
  return run[1] - run[0] + 1 <= Number(years[1]) && (!Number.isFinite(first) || run[0] >= first);
}

/** The first year of the plan's term a line of the sheet states (「計画期間：令和3〜7年度」), or null. */
function planStart(grid: Grid): number | null {
  if (!sheetMentions(grid, '計画期間')) return null;
  for (const { text } of textCells(grid)) {
    const at = text.indexOf('計画期間');
    const run = at >= 0 ? statedRun(text.slice(at)) : null;
    if (run) return run[0];
    // 「計画期間：令和3〜7年度」: the era written once, the first year bare.
    const short = at >= 0 ? /^計画期間[:：\s]*(令和|平成|R|H)(\d{1,2}|元)年?度?[〜～~\-－―]/.exec(compactForPeriod(text.slice(at))) : null;
    const first = short ? findPeriod(`${short[1]}${short[2]}年度`) : null;
    if (first?.period.kind === 'fiscal') return first.period.fiscalYear;
  }
  return null;
}

/**
 * The 累計 mark closing a name, 「人権啓発サポーター養成数（累計）」「…（R4からの累計）」: the name says its figure is the running
 * total, as a 区分 cell marking the row does. Null when the name closes with none.
 */
export function nameCumulativeMark(name: string): string | null {
  const inner = /[(（]([^()（）]{1,16})[)）]\s*$/.exec(name.normalize('NFKC'))?.[1]?.replace(/\s/g, '');
  if (!inner || !/累計値?$/.test(inner)) return null;
  return marksRunningTotal(inner) ? inner : runStart(inner) !== null ? `累計（${inner}）` : null;
}

/** Whether the row's yearly figures read as parts to add up, not as running totals already (rising to the target's size). */
function addsUp(ind: RawIndicator): boolean {
  const values = ind.actuals
    .filter((p) => p.period?.kind === 'fiscal' && !p.forecast && p.parsed.status === 'value' && p.parsed.value !== undefined)
    .sort((a, b) => a.period!.fiscalYear - b.period!.fiscalYear)
    .map((p) => p.parsed.value!);
  const targets = ind.targets.filter((t) => t.parsed.status === 'value' && t.parsed.value !== undefined);
  const target = (targets.find((t) => !t.period) ?? targets[targets.length - 1])?.parsed.value;
  return yearlyReading(false, values, target) === 'parts';
}

/** A cell written with a dash alone (「－」「-」「―」): no figure in that column, by the author's hand. */
const DASH_ONLY = /^[\s\-－―ー‐−—]+$/;

/**
 * Reads the total column as the actual of a row marked 累計 (in place); true when it did. Only where the table has no total
 * column read as the actual already (cumulativeTarget.ts). A row writing 「－」 in the year's column and a figure in its 累計
 * twin (単年度 | 累計（年度末時点）: a rate or a count kept as at the year's end has no single year's figure) reads the twin too,
 * and so does a rate (％, 率: a level) beside a twin whose heading says it stands at a point in time (年度末時点, 末現在).
 */
export function totalOfMarkedRow(grid: Grid, r: number, columns: Column[], ind: RawIndicator): boolean {
  if (columns.some((c) => c.cumulative && c.role === 'actual')) return false;
  // 「－」 in the 累計 actual read and no target figure: the row's 単年度 figure is its actual (dashedTotalRow.ts).
  if (singleYearOfDashedTotal(grid, r, columns, ind)) return true;
  // Only 累計 itself marks the row's figure a total: 延べ (延べ人数, a unit or a way of counting) counts within the year. The
  // mark may close the target's own cell, 「60（3か年累計）」, as a 区分 cell's does (cumulativeMarkedTarget.ts).
  // Like the name's, that mark yields to yearly figures that read as running totals already (「20（累計）」 … 「30（累計）」 over
  // 21, 24, 28: each year's figure is the total, review rv75), never the table's sum of them.
  const marked = cumulativeMarkedTarget(ind.targets, latestActualYear(ind));
  // 目標値（令和4年度） | 「300（累計）」 over an undated 単年度 | 累計（R2～R4）: the total to that year (markedTargetYear.ts).
  const year = markedTargetYear(grid, columns, marked) ?? undefined;
  const latest = latestActual(grid, columns, marked && year !== undefined ? { col: marked.col, year } : undefined);
  if (!latest) return false;
  // 「300（H27からの累計）」 over R3〜R5 | 累計: the total since H27 is not shown; flagged, nothing read (markStartBeforeTable.ts, rv75).
  const beside = marked && markStartsBeforeTable(columns, marked) ? totalBeside(grid, columns, latest) : null;
  if (marked && beside) {
    startUnknownGuess(ind, marked, r, beside.col);
    return true;
  }
  const own = rowCumulativeMark(grid, r, columns);
  // A mark in the name alone yields to yearly figures that read as running totals already (runningTotal.ts yearlyReading).
  const named = own && marksRunningTotal(own) ? null : ((marked && nameCumulativeMark(marked.parsed.text)) ?? nameCumulativeMark(ind.name));
  const mark = own && marksRunningTotal(own) ? own : named && addsUp(ind) ? named : null;
  // A rate whose own name says 累計 (「住宅の耐震化率（累計）」: 1.2 | 91.5) is set on the 累計 level, its twin (rv75).
  const byName = mark !== null && mark === named && !(marked && nameCumulativeMark(marked.parsed.text));
  if (mark && (!isLevel(ind) || byName) && readTotal(grid, r, columns, ind, latest, mark, year)) {
    ind.cumulative = true;
    return true;
  }
  const single = ind.actuals.find((p) => p.row === r && p.col === latest.col);
  if (!single || markedSingleYear(grid, r, columns)) return false;
  // A rate beside a twin standing at a point in time (累計（年度末時点）): the level the target is set on is the twin's.
  const level = isLevel(ind) && AT_A_POINT.test(totalBeside(grid, columns, latest)?.heading ?? '');
  return (DASH_ONLY.test(single.parsed.text) || level) && readTotal(grid, r, columns, ind, latest, null);
}

/**
 * The table's latest dated actual column; with none dated, its one undated actual beside its own 累計 twin (実績値（単年度） |
 * 実績値（累計） under a sheet stating its year: cumulativeTwins.ts), the twin then read as a dated one's is. Undefined otherwise.
 */
function latestActual(grid: Grid, columns: Column[], marked?: { col: number; year: number }): Column | undefined {
  const actuals = columns.filter((c) => c.role === 'actual' && c.relative === undefined);
  // A year still in progress (令和6年度 over 実績（9月末現在）: inYearActualHeading.ts) is no year's whole figure: never the latest.
  const dated = actuals.filter((c) => c.period && !c.period.inYear);
  if (dated.length) return dated.reduce((a, c) => (c.period!.fiscalYear > a.period!.fiscalYear ? c : a));
  if (actuals.length !== 1 || columns.some((c) => c.role === 'actual' && c.relative !== undefined)) return undefined;
  // A target set for the year (目標値（単年度）, 年間目標, 令和5年度目標) is the single year's: its twin is no total of it (rv75).
  // The row's own target marked 累計 under a heading dating it alone is the total to that year (markedTargetYear.ts), and its
  // twin may state its run ending in that year (累計（R2～R4）).
  const yearTarget = (c: Column) => c.col !== marked?.col && (c.period || YEAR_TARGET.test(headingText(grid, c.cells).normalize('NFKC')));
  if (columns.some((c) => c.role === 'target' && yearTarget(c))) return undefined;
  const heading = headingText(grid, actuals[0].cells);
  const twinOf = (h: string) => isCumulativeTwinLine(heading, h) || (!!marked && twinOverRun(heading, h, marked.year));
  const twin = columns.some((c) => c.role === 'derived' && !c.period && twinOf(headingText(grid, c.cells)));
  return twin ? actuals[0] : undefined;
}

/** A row marked as counted within the year (目標の区分 | 単年度): its 「－」 is no figure this year, never its 累計's (rv61). */
export function markedSingleYear(grid: Grid, r: number, columns: Column[]): boolean {
  const [lo, hi] = [Math.min(...columns.map((c) => c.col)), Math.max(...columns.map((c) => c.col))];
  for (let col = lo; col <= hi; col++) if (SINGLE_YEAR.test(grid.text(r, col).normalize('NFKC').replace(/\s/g, ''))) return true;
  return false;
}

/** A heading saying its figures stand at a point in time: 年度末時点, 3月末現在. */
const AT_A_POINT = /時点|現在/;

/** Reads the total beside the latest year's column in the year's place, when it fits the mark's run and holds a figure. */
function readTotal(grid: Grid, r: number, columns: Column[], ind: RawIndicator, latest: Column, mark: string | null, year?: number): boolean {
  const beside = totalBeside(grid, columns, latest, year);
  if (beside === null) return false;
  // A mark stating its run's start (累計（R3〜R7）) takes only a total from that year (not 累計実績（平成30年度〜）).
  const markStart = mark === null ? null : runStart(mark);
  const twinStart = runStart(beside.heading);
  if (markStart !== null && twinStart !== null && markStart !== twinStart) return false;
  if (mark !== null && !spansMarkedYears(grid, mark, beside.heading, columns)) return false;
  // A row leaving the latest year blank mid-term: the total stands at its latest year with a figure (totalAsOf.ts, rv75).
  const asOf = totalAsOf(columns, ind, latest);
  const total = point(grid, r, beside.col, asOf.period);
  if (total.parsed.status !== 'value') return false;
  ind.actuals = [...ind.actuals.filter((p) => p.period?.fiscalYear !== asOf.period?.fiscalYear || p.col !== asOf.col), total];
  return true;
}
