/**
 * A copy of a sheet for another period: a sheet whose title or stated period names an earlier fiscal year than another
 * sheet of the workbook (「1-2（前年度）」 titled 令和５年度 beside 「1-2」 titled 令和６年度), and whose indicators mostly
 * recur on that sheet, both with actuals. Its figures are that year's, never the current one's: its indicators are left
 * out of the workbook's, and the sheet says so (its period, the sheet of the current period, the indicators left out), as a
 * table of another year within a sheet does (otherPeriodCopies.ts), never silently double-counted.
 * Sheets that state no year, or whose indicators do not recur on the later sheet, or that hold no actuals (a 目標値 sheet
 * joined with a 実績値 sheet, join.ts) are left as they are read.
 */
import { normalizeText } from '../values/text';
import type { Period } from '../values/periods';
import type { SheetDetection } from './types';

const key = (name: string) => normalizeText(name).replace(/\s+/g, '');

/** The fiscal year a sheet states for itself (評価対象期間：…, else its title), or null. */
function ownPeriod(d: SheetDetection): Period | null {
  const p = d.meta.statedPeriod?.period ?? d.meta.titlePeriod;
  return p && p.kind === 'fiscal' ? p : null;
}

const hasActuals = (d: SheetDetection) => d.indicators.some((i) => i.actuals.some((p) => p.parsed.status === 'value'));

/** The later sheet `d` is a copy of: more than half of its indicators recur there, both sheets with actuals. */
function laterOriginal(d: SheetDetection, period: Period, all: SheetDetection[]): { sheet: SheetDetection; period: Period } | null {
  const names = new Set(d.indicators.map((i) => key(i.name)));
  for (const other of all) {
    const p = other === d ? null : ownPeriod(other);
    if (!p || p.fiscalYear <= period.fiscalYear || !hasActuals(other)) continue;
    const shared = new Set(other.indicators.map((i) => key(i.name)).filter((n) => names.has(n)));
    if (shared.size * 2 > names.size) return { sheet: other, period: p };
  }
  return null;
}

/** Takes the indicators of sheets that are copies for an earlier period out (in place), each sheet saying so. */
export function dropOtherPeriodSheets(detections: SheetDetection[]): void {
  const copies = detections.flatMap((d) => {
    const period = ownPeriod(d);
    const original = period && d.indicators.length && hasActuals(d) ? laterOriginal(d, period, detections) : null;
    return original ? [{ d, period: period!, original }] : [];
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
