/**
 * A sheet whose legend states a scale of its own grades with their bands — 「S：目標を大きく上回る（達成率110％以上） A：目標を
 * 達成（100％以上110％未満） B：概ね達成（80％以上100％未満） C：未達成（80％未満）」 — is graded on that scale, as a clerk reading
 * the sheet would, while the city set no scale of its own (評価設定 or --rules). It counts only when the legend is complete
 * and unambiguous: its grades the first three or more of a well-known letter scale (S–D, A–E), one of them off the scale in
 * force (a legend of A–D's grades is read by sheetBands.ts), and every band closed by the one above it: the top grade with
 * its lower bound alone, each next one with its lower bound and an upper bound (未満) that is the lower bound of the grade
 * above, the last with that upper bound alone, the bounds falling. A legend whose bands overlap as written (「A：100％以上」
 * under 「S：120％以上」) or leave a gap states nothing here: the written grades of the other scale stay as written, each
 * said by its rating-invalid finding. Points for the roll-up run from the number of grades down to 1. Pure: reads cell texts.
 */
import { boundsOf, closedBands, type StatedBand } from '../detect/bandLines';
import { readWordScale } from '../detect/wordScale';
import { WELL_KNOWN_SCALES } from './otherScales';
import type { Band } from './rules';
import { bandEntries, type SheetBands } from './sheetBands';

/** A grade letter standing alone (not inside a word such as KPI), and what is written up to the next one. */
const GRADE = /(?<![A-Za-z])([A-Za-z])(?![A-Za-z])([^A-Za-z]*)/g;

interface Stated extends StatedBand {
  grade: string;
}

/** Each grade's stated bounds in the order written, or null when a grade states two lower or two upper bounds. */
function statedOf(texts: string[]): Stated[] | null {
  const out: Stated[] = [];
  for (const text of texts)
    for (const m of text.normalize('NFKC').matchAll(GRADE)) {
      const bounds = boundsOf(m[2]);
      if (!bounds) return null;
      if (bounds.min !== null || bounds.below !== null) out.push({ grade: m[1].toUpperCase(), ...bounds });
    }
  return out;
}

/** The well-known letter scale the grades begin, in order, three at least; else null. */
function scaleBegun(grades: string[]): readonly string[] | null {
  if (grades.length < 3) return null;
  return WELL_KNOWN_SCALES.find((s) => grades.every((g, i) => s[i] === g)) ?? null;
}

/**
 * The sheet's own scale from its texts (`cells`: the texts that may state a band, as [A1, text]), or null when they state
 * none that is complete and unambiguous, or only grades of the scale in force.
 */
export function readSheetScale(cells: Iterable<[string, string]>, scale: readonly Band[]): SheetBands | null {
  const texts: string[] = [];
  let first: string | null = null;
  for (const [cell, text] of cells) {
    if (!bandEntries(text).length) continue;
    first ??= cell;
    texts.push(text);
  }
  const stated = first ? statedOf(texts) : null;
  if (!first || !stated || !scaleBegun(stated.map((s) => s.grade)) || !closedBands(stated)) return null;
  if (stated.every((s) => scale.some((b) => b.grade === s.grade))) return null;
  const own: Band[] = stated.map((s, i) => ({ grade: s.grade, label: '', min: s.min, points: stated.length - i }));
  return { cell: first, mins: new Map(own.map((b) => [b.grade, b.min])), scale: own };
}

/**
 * The sheet's own scale of words (「達成：達成度100％以上　概ね達成：80％以上100％未満　未達成：80％未満」, detect/wordScale.ts): the words
 * are its grades, best first, graded by their bands as a scale of its own letters is. Null when its texts state none that holds.
 */
export function readSheetWordScale(cells: Iterable<[string, string]>, scale: readonly Band[]): SheetBands | null {
  const words = readWordScale(cells, scale);
  if (!words) return null;
  const own: Band[] = words.bands.map((b, i) => ({ grade: b.grade, label: '', min: b.min, points: words.bands.length - i }));
  return { cell: words.cell, mins: new Map(own.map((b) => [b.grade, b.min])), scale: own };
}
