/**
 * The grading bands each sheet states for itself (grading/sheetBands.ts), or a 評価基準 sheet states for the whole workbook,
 * for the sheets with indicators, when the bands in force are the defaults: a city that set its bands in 評価設定 or --rules
 * has them used everywhere. Pure: reads the grids.
 */
import type { SheetDetection } from '../detect';
import type { Grid } from '../detect/grid';
import { bandLines } from '../detect/bandLines';
import { DEFAULT_RULES, type Method, type Rules } from '../grading/rules';
import { legendMethod } from '../grading/progressLegend';
import { readSheetBands, withSheetBands, type SheetBands } from '../grading/sheetBands';
import { readSheetScale, readSheetWordScale } from '../grading/sheetScale';
import { readPointGapLegend } from '../grading/pointGapLegend';
import type { PointGap } from '../grading/rules';

/** Whether the scale in force is the default one, bands and all. */
function defaultBands(rules: Rules): boolean {
  const d = DEFAULT_RULES.scale;
  return rules.scale.length === d.length && rules.scale.every((b, i) => b.grade === d[i].grade && b.min === d[i].min);
}

/** A sheet's bands with the sheet they stand on (a 評価基準 sheet of their own, for the whole workbook). */
export interface StatedBands extends SheetBands {
  sheet: string;
  /** The method the legend states with its formula (progressLegend.ts); absent: the method in force. */
  method?: Method;
  /** A scale of shortfalls in points for the sheet's rates (pointGapLegend.ts), its bands the scale's own. */
  pointGaps?: PointGap[];
}

/**
 * Sheet name → the bands its indicators are graded by, for the sheets with indicators (empty when the bands in force were
 * set): the bands the sheet states, else those a sheet without indicators (a 評価基準 sheet) states for the whole workbook,
 * when exactly one such sheet states them.
 */
export function statedBands(detections: SheetDetection[], gridOf: (sheet: string) => Grid | null, rules: Rules): Map<string, StatedBands> {
  const out = new Map<string, StatedBands>();
  if (!defaultBands(rules)) return out;
  const read = (sheet: string, words = true): StatedBands | null => {
    const grid = gridOf(sheet);
    const texts = grid ? bandLines(grid) : [];
    // The bounds of the scale in force, else a scale of the sheet's own grades (S–C, or words: 達成 / 概ね達成 / 未達成) its legend
    // states whole (sheetScale.ts).
    const bands = grid
      ? (readSheetBands(texts, rules.scale) ?? readSheetScale(texts, rules.scale) ?? (words ? readSheetWordScale(texts, rules.scale) : null))
      : null;
    // 「A：目標値を達成　B：目標値まで5ポイント未満 …」: the rates graded by their shortfall in points (pointGapLegend.ts).
    const gaps = bands ? null : readPointGapLegend(texts, rules.scale);
    if (gaps) return { sheet, cell: gaps.cell, mins: new Map(rules.scale.map((b) => [b.grade, b.min])), pointGaps: gaps.gaps };
    if (!bands) return null;
    // 「進捗率＝（実績値－基準値）÷（目標値－基準値）」 over letter bands: they grade the progress (progressLegend.ts).
    const method = !bands.scale ? legendMethod(texts) : undefined;
    return method ? { ...bands, sheet, method } : { ...bands, sheet };
  };
  // A scale of words stands only on the sheet whose grades it names: another sheet's (a 記入要領's) words are no workbook scale.
  const general = detections.filter((d) => !d.indicators.length).flatMap((d) => read(d.meta.sheet, false) ?? []);
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
export function rulesWithBands(rules: Rules, bands: (SheetBands & { method?: Method; pointGaps?: PointGap[] }) | undefined): Rules {
  if (!bands) return rules;
  if (bands.pointGaps) return { ...rules, pointGaps: bands.pointGaps };
  const scale = withSheetBands(rules.scale, bands);
  const notImplementedGrade = scale.some((b) => b.grade === rules.notImplementedGrade) ? rules.notImplementedGrade : scale[scale.length - 1].grade;
  return { ...rules, scale, notImplementedGrade, method: bands.method ?? rules.method };
}
