/**
 * A copy of a sheet for another period: a sheet whose title or stated period names an earlier fiscal year than another
 * sheet of the workbook (「1-2（前年度）」 titled 令和５年度 beside 「1-2」 titled 令和６年度), and whose indicators mostly
 * recur on that sheet, both with actuals. Its figures are that year's, never the current one's: its indicators are left
 * out of the workbook's, and the sheet says so (its period, the sheet of the current period, the indicators left out), as a
 * table of another year within a sheet does (otherPeriodCopies.ts), never silently double-counted.
 * Sheets that state no year, or whose indicators do not recur on the later sheet, or that hold no actuals (a 目標値 sheet
 * joined with a 実績値 sheet, join.ts) are left as they are read.
 * Two more copies of the same table (the indicators' actual cells at the same addresses) are another year's, never the
 * evaluation year's: where the workbook states its evaluation year (a 表紙 「評価対象年度：令和５年度」), the sheet of that
 * year is read and a later year's sheet (already holding half-year figures) is the copy; and a later year's empty form
 * (actual cells, none filled) beside a sheet with actuals gives no indicators.
 * The evaluation year given (--period, 評価設定's 評価対象期間) counts as the stated one, before any a sheet states: its
 * sheet is never skipped, even empty, and another year's sheet of the same indicators never stands in for it (skipped, said).
 */
import { normalizeText } from '../values/text';
import type { Period } from '../values/periods';
import type { SheetDetection } from './types';

/** A name as compared across sheets: folded, white space taken out. */
export const nameKey = (name: string) => normalizeText(name).replace(/\s+/g, '');
const key = nameKey;

/** The fiscal year a sheet states for itself (評価対象期間：…, else its title), or null. */
function ownPeriod(d: SheetDetection): Period | null {
  const p = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
  return p && p.kind === 'fiscal' ? p : null;
}

export const hasActuals = (d: SheetDetection) => d.indicators.some((i) => i.actuals.some((p) => p.parsed.status === 'value'));

/**
 * The evaluation year: the one given (--period, 評価設定), else the one the workbook's sheets state (評価対象年度：…, on a
 * 表紙 or the sheets), or null (none, or several).
 */
function statedYear(detections: SheetDetection[], given: number | null): number | null {
  if (given !== null) return given;
  const years = new Set(detections.flatMap((d) => (d.meta.statedPeriod?.period.kind === 'fiscal' ? [d.meta.statedPeriod.period.fiscalYear] : [])));
  return years.size === 1 ? [...years][0] : null;
}

/** Whether more than half of `d`'s indicators recur on `other` with their actual cells at the same addresses (the same table). */
function sameTable(d: SheetDetection, other: SheetDetection): boolean {
  const cells = new Map(other.indicators.map((i) => [key(i.name), i.actuals.map((p) => p.cell).join()]));
  const same = d.indicators.filter((i) => i.actuals.length && cells.get(key(i.name)) === i.actuals.map((p) => p.cell).join());
  return same.length * 2 > d.indicators.length;
}

/** Whether more than half of `d`'s indicators recur on `other` (by name). */
export function recurs(d: SheetDetection, other: SheetDetection): boolean {
  const names = new Set(d.indicators.map((i) => key(i.name)));
  const shared = new Set(other.indicators.map((i) => key(i.name)).filter((n) => names.has(n)));
  return shared.size * 2 > names.size;
}

/**
 * The earlier sheet a later year's copy stands beside: the stated year's sheet (its indicators mostly recurring there), or
 * (an empty form of the same table) one with actuals.
 */
function earlierOriginal(d: SheetDetection, period: Period, all: SheetDetection[], stated: number | null): { sheet: SheetDetection; period: Period } | null {
  const empty = d.indicators.every((i) => i.actuals.length && i.actuals.every((p) => p.parsed.status !== 'value'));
  if (stated === null ? !empty : period.fiscalYear <= stated) return null;
  for (const other of all) {
    const p = other === d ? null : ownPeriod(other);
    if (!p || p.fiscalYear >= period.fiscalYear || !other.indicators.length) continue;
    if (stated === null ? hasActuals(other) && sameTable(d, other) : p.fiscalYear === stated && recurs(d, other)) return { sheet: other, period: p };
  }
  return null;
}

/**
 * The later sheet `d` is a copy of: more than half of its indicators recur there, both sheets with actuals (none later than
 * the stated year); the stated year's own sheet even with none filled yet (never stood in for by an earlier year's figures).
 */
function laterOriginal(d: SheetDetection, period: Period, all: SheetDetection[], stated: number | null): { sheet: SheetDetection; period: Period } | null {
  if (stated !== null && period.fiscalYear >= stated) return null;
  for (const other of all) {
    const p = other === d ? null : ownPeriod(other);
    if (!p || p.fiscalYear <= period.fiscalYear || (stated !== null && p.fiscalYear > stated)) continue;
    if ((hasActuals(other) || (p.fiscalYear === stated && other.indicators.length)) && recurs(d, other)) return { sheet: other, period: p };
  }
  return null;
}

/** Takes the indicators of sheets that are copies for an earlier period out (in place), each sheet saying so. */
export function dropOtherPeriodSheets(detections: SheetDetection[], given: number | null = null): void {
  const stated = statedYear(detections, given);
  const copies = detections.flatMap((d) => {
    const period = ownPeriod(d);
    if (!period || !d.indicators.length) return [];
    const original = (hasActuals(d) ? laterOriginal(d, period, detections, stated) : null) ?? earlierOriginal(d, period, detections, stated);
    return original ? [{ d, period, original }] : [];
  });
  for (const { d, period, original } of copies) {
    const cell = d.meta.statedPeriod?.cell ?? d.indicators[0].nameCell;
    const text = d.meta.statedPeriod?.text ?? d.meta.title ?? d.meta.sheet;
    const indicators = d.indicators.map((i) => i.name);
    d.otherPeriodCopies = [
      ...(d.otherPeriodCopies ?? []),
      { cell, text, period, sheetPeriod: original.period, indicators, otherSheet: original.sheet.meta.sheet },
    ];
    d.indicators = [];
  }
}
