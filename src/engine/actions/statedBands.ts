/**
 * The grading bands each sheet states for itself (grading/sheetBands.ts), or a 評価基準 sheet states for the whole workbook,
 * for the sheets with indicators, when the bands in force are the defaults: a city that set its bands in 評価設定 or --rules
 * has them used everywhere. Pure: reads the grids.
 */
import type { SheetDetection } from '../detect';
import type { Grid } from '../detect/grid';
import { a1 } from '../model/address';
import { DEFAULT_RULES, type Rules } from '../grading/rules';
import { readSheetBands, withSheetBands, type SheetBands } from '../grading/sheetBands';
import { readSheetScale } from '../grading/sheetScale';

/** A legend line is short; a longer row is a table's, its 以上 cells read alone. */
const MAX_LINE = 200;

/** Whether the scale in force is the default one, bands and all. */
function defaultBands(rules: Rules): boolean {
  const d = DEFAULT_RULES.scale;
  return rules.scale.length === d.length && rules.scale.every((b, i) => b.grade === d[i].grade && b.min === d[i].min);
}

/**
 * The texts of a grid that may state a band, as [A1, text]: each row holding a cell that says 以上 or 未満, its cells joined
 * (a legend one entry a cell, 「A」「順調」「100％以上」 across a row, reads as 「A 順調 100％以上」); a row too long to be a legend,
 * its 以上 cells alone.
 */
function bandTexts(grid: Grid): [string, string][] {
  const rows = new Map<number, number>();
  grid.forEachValue((row, col, v) => {
    if (typeof v === 'string' && (v.includes('以上') || v.includes('未満')) && !rows.has(row)) rows.set(row, col);
  });
  const out: [string, string][] = [];
  for (const [row, at] of rows) {
    const cells: string[] = [];
    for (let col = grid.left; col <= grid.right; col++) {
      const v = grid.raw(row, col);
      if (v !== null && v !== undefined && v !== '' && (typeof v === 'string' || typeof v === 'number')) cells.push(String(v));
    }
    const line = cells.join(' ');
    if (line.length <= MAX_LINE) out.push([a1(row, at), line]);
    else for (const t of cells.filter((c) => c.includes('以上'))) out.push([a1(row, at), t]);
  }
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
    const texts = grid ? bandTexts(grid) : [];
    // The bounds of the scale in force, else a scale of the sheet's own grades (S–C) its legend states whole (sheetScale.ts).
    const bands = grid ? (readSheetBands(texts, rules.scale) ?? readSheetScale(texts, rules.scale)) : null;
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

/**
 * The rules a sheet's indicators are graded by: the bands it states in place of those in force; on a scale of its own, a
 * 未実施 grade it lacks is its lowest grade (the default D on an S–C scale is C).
 */
export function rulesWithBands(rules: Rules, bands: SheetBands | undefined): Rules {
  if (!bands) return rules;
  const scale = withSheetBands(rules.scale, bands);
  const notImplementedGrade = scale.some((b) => b.grade === rules.notImplementedGrade) ? rules.notImplementedGrade : scale[scale.length - 1].grade;
  return { ...rules, scale, notImplementedGrade };
}
