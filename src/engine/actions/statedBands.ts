/**
 * The grading bands each sheet states for itself (grading/sheetBands.ts), or a 評価基準 sheet states for the whole workbook,
 * for the sheets with indicators, when the bands in force are the defaults: a city that set its bands in 評価設定 or --rules
 * has them used everywhere. Pure: reads the grids.
 */
import type { SheetDetection } from '../detect';
import type { Grid } from '../detect/grid';
import { a1 } from '../model/address';
import { DEFAULT_RULES, type Rules } from '../grading/rules';
import { readSheetBands, type SheetBands } from '../grading/sheetBands';

/** Whether the scale in force is the default one, bands and all. */
function defaultBands(rules: Rules): boolean {
  const d = DEFAULT_RULES.scale;
  return rules.scale.length === d.length && rules.scale.every((b, i) => b.grade === d[i].grade && b.min === d[i].min);
}

/** The text cells of a grid that may state a band (they say 以上), as [A1, text]. */
function bandTexts(grid: Grid): [string, string][] {
  const out: [string, string][] = [];
  grid.forEachValue((row, col, v) => {
    if (typeof v === 'string' && v.includes('以上')) out.push([a1(row, col), v]);
  });
  return out;
}

/** A sheet's bands with the sheet they stand on (a 評価基準 sheet of their own, for the whole workbook). */
export interface StatedBands extends SheetBands {
  sheet: string;
}

/**
 * Sheet name → the bands its indicators are graded by, for the sheets with indicators (empty when the bands in force were
 * set): the bands the sheet states, else those a sheet without indicators (a 評価基準 sheet) states for the whole workbook,
 * when exactly one such sheet states them.
 */
export function statedBands(detections: SheetDetection[], gridOf: (sheet: string) => Grid | null, rules: Rules): Map<string, StatedBands> {
  const out = new Map<string, StatedBands>();
  if (!defaultBands(rules)) return out;
  const read = (sheet: string): StatedBands | null => {
    const grid = gridOf(sheet);
    const bands = grid ? readSheetBands(bandTexts(grid), rules.scale) : null;
    return bands ? { ...bands, sheet } : null;
  };
  const general = detections.filter((d) => !d.indicators.length).flatMap((d) => read(d.meta.sheet) ?? []);
  for (const d of detections) {
    if (!d.indicators.length) continue;
    const bands = read(d.meta.sheet) ?? (general.length === 1 ? general[0] : null);
    if (bands) out.set(d.meta.sheet, bands);
  }
  return out;
}
