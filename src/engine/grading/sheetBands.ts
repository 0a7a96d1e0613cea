/**
 * A sheet that states its own grading bands (「【評価基準】A：100％以上　B：90％以上　C：70％以上　D：70％未満」, one cell or
 * one entry a cell; 「A：目標達成」 states 100 ％) is graded by them, as a clerk reading the sheet would: the city's 評価設定 or --rules bands, when set,
 * come first. The bands count only when they hold: every grade of the scale in force named once with its lower bound (the
 * last grade's 「未満」 bound, or none), the bounds falling from the first grade to the last, and some bound other than
 * the scale's own (a legend that restates the bands in force changes nothing). A legend of marks (◎：100％以上) is no
 * legend of these grades (detect/markLegend.ts reads those), nor is a legend stated for another ratio (基準年比, 前年度比: the
 * default bands grade the attainment then). Pure: reads cell texts.
 */
import { gradesOtherRatio } from '../detect/bandLines';
import type { Band } from './rules';

/** A legend is a short note, never a paragraph. */
const MAX_TEXT = 200;
/** 「A：100％以上」「A（達成率90%以上）」「B=80%以上100%未満」「D：70％未満」: a grade letter, a few words, its first bound. */
const ENTRY = /(?<![A-Za-z])([A-Za-z])(?![A-Za-z])\s*[:=(]?[^A-Za-z%\d]{0,10}?(\d+(?:\.\d+)?)\s*%\s*(以上|未満)/g;

/** 「A：目標達成」「A=目標値以上」「A（目標を達成）」: a grade whose words are the target reached, with no figure of their own. */
const TARGET_ENTRY = /(?<![A-Za-z])([A-Za-z])(?![A-Za-z])\s*[:=(]?\s*目標値?を?(?:以上|達成)(?!率|度)/g;

export interface SheetBands {
  /** The cell the legend was read from (its first entry's, when written one entry a cell). */
  cell: string;
  /** grade → lower bound (fraction; null: the last grade, below every bound). */
  mins: Map<string, number | null>;
  /** A scale of the sheet's own grades (S–C), its bands those stated (sheetScale.ts); absent: the scale in force, its bounds `mins`. */
  scale?: Band[];
}

/** The grade → [bound, word] entries one text states. */
export function bandEntries(text: string): [string, number, '以上' | '未満'][] {
  if (!text || text.length > MAX_TEXT || !(text.includes('以上') || text.includes('未満'))) return [];
  const t = text.normalize('NFKC');
  // A legend grading the ratio to the base year or the year before is no scale of attainment (detect/bandLines.ts).
  if (gradesOtherRatio(t)) return [];
  const entries = [...t.matchAll(ENTRY)].map((m): [string, number, '以上' | '未満'] => [m[1].toUpperCase(), Number(m[2]) / 100, m[3] as '以上' | '未満']);
  // 「A：目標達成」「A：目標値以上」: the target reached, 100 % its lower bound, as a clerk reads it.
  for (const m of t.matchAll(TARGET_ENTRY)) entries.push([m[1].toUpperCase(), 1, '以上']);
  return entries;
}

/** The bands the entries state for this scale, when they hold (see the module's comment); else null. */
function bandsOf(entries: [string, number, '以上' | '未満'][], scale: readonly Band[]): Map<string, number | null> | null {
  const mins = new Map<string, number | null>();
  for (const [grade, bound, word] of entries) {
    const i = scale.findIndex((b) => b.grade === grade);
    if (i < 0) return null;
    const last = i === scale.length - 1;
    if (word === '未満' && !last) continue;
    const min = word === '未満' ? null : bound;
    if (mins.has(grade) && mins.get(grade) !== min) return null;
    mins.set(grade, min);
  }
  const last = scale[scale.length - 1].grade;
  if (!mins.has(last)) mins.set(last, null);
  if (mins.get(last) !== null || scale.some((b) => !mins.has(b.grade))) return null;
  const bounds = scale.slice(0, -1).map((b) => mins.get(b.grade)!);
  if (bounds.some((x, k) => x === null || (k > 0 && x >= bounds[k - 1]!))) return null;
  return scale.some((b) => b.min !== mins.get(b.grade)) ? mins : null;
}

/**
 * The sheet's own bands from its texts (`cells`: every text cell as [A1, text]), or null when it states none that hold.
 * Entries may stand in one cell or one a cell; two cells that give a grade different bounds state nothing.
 */
export function readSheetBands(cells: Iterable<[string, string]>, scale: readonly Band[]): SheetBands | null {
  const entries: [string, number, '以上' | '未満'][] = [];
  let first: string | null = null;
  for (const [cell, text] of cells) {
    const found = bandEntries(text);
    if (!found.length) continue;
    first ??= cell;
    entries.push(...found);
  }
  const mins = first && entries.length >= scale.length - 1 ? bandsOf(entries, scale) : null;
  return mins && first ? { cell: first, mins } : null;
}

/** The scale with the sheet's bounds in place of its own, or the sheet's own scale. */
export function withSheetBands(scale: readonly Band[], bands: SheetBands): Band[] {
  if (bands.scale) return bands.scale.map((b) => ({ ...b }));
  return scale.map((b) => ({ ...b, min: bands.mins.get(b.grade) ?? null }));
}
