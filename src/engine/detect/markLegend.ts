/**
 * A legend on the sheet that says which grade each mark stands for (「自己評価：◎ 順調(A)　○ 概ね順調(B)　△ …(C)」,
 * 「◎＝A　○＝B」, 「A（◎）」, one entry a cell or all in one): the sheet's marks ◎○△× are then those grades, and a
 * written 「○」 is read as the letter the legend gives it. Without such a legend a mark stays a mark (another scale's
 * grade, grading/otherScales.ts): the legend is the evidence. A legend counts only when it maps at least two marks to
 * distinct grades of the scale in the same order (◎ above ○ above △ above ×), and no cell says otherwise.
 * A legend may instead define each mark by its attainment band (「◎＝達成（100％以上）　×＝遅れ（60％未満）」): a mark whose
 * band is exactly a grade's band in force (the default A–D's, or 評価設定's) and that names what the mark means (達成,
 * やや遅れ) is that grade; a band that is no grade's band, or a bare criterion (「○：80％以上100％未満」), states nothing.
 * Status words written as grades (達成 / 概ね達成) are read the same way by a legend of words (wordLegend.ts).
 * A run of stars is one mark (「★★★★：Ａ 目標を達成　★★★：Ｂ 概ね順調　★★：Ｃ　★：Ｄ」, 「★★☆」 written out with white stars): the
 * more black stars, the better, and a written 「★★★」 is the letter the legend gives that run (the stars alone, without such a
 * legend, are a star scale read as written: grading/starGrades.ts).
 */
import type { CellIndex } from './cells';
import type { RawIndicator, SheetMeta } from './types';
import { withoutBandWords } from './legendBandWords';
import { readWordLegend, wordLegendGrade } from './wordLegend';

/** The marks a legend may map, best first, with the look-alikes clerks type for them. */
const MARKS = ['◎', '○', '△', '×'];
const LOOK_ALIKE: Record<string, string> = { 〇: '○', '◯': '○', '✕': '×', '✖': '×', '╳': '×' };
const MARK_CHAR = /[◎○〇◯△×✕✖╳]|★+☆*/g;
/** Whether a text may hold a mark at all: one test before a legend is looked for. */
const ANY_MARK = /[◎○〇◯△×✕✖╳★]/;
/** A run of stars leading a text: one mark (「★★★」「★★☆」). */
const STAR_RUN = /^★+☆*/;
/** A legend cell is a short note, never a paragraph. */
const MAX_LEGEND_TEXT = 200;

type Scale = readonly { grade: string; min?: number | null }[];

function markOf(ch: string): string {
  return LOOK_ALIKE[ch] ?? ch;
}

/** How good a mark is, lower better: ◎ ○ △ × in that order, a run of stars by its black stars (more is better). */
function markRank(mark: string): number {
  const stars = STAR_RUN.exec(mark);
  return stars ? -stars[0].replace(/☆/g, '').length : MARKS.indexOf(mark);
}

/** The grade a legend entry gives: right after the mark (「◎＝A」「◎:A」「◎A」) or in brackets after its words (「◎ 順調(A)」). */
function gradeAfter(segment: string, grades: Set<string>): string | null {
  const direct = /^\s*(?:[=＝:：→]\s*)?([A-Za-z])(?![A-Za-z])/.exec(segment);
  if (direct && grades.has(direct[1].toUpperCase())) return direct[1].toUpperCase();
  const bracketed = /[(（]\s*([A-Za-z])\s*[)）]/.exec(segment);
  return bracketed && grades.has(bracketed[1].toUpperCase()) ? bracketed[1].toUpperCase() : null;
}

/** The grade written just before the mark (「A（◎）」「A＝◎」「A:◎」). */
function gradeBefore(before: string, grades: Set<string>): string | null {
  const m = /(?:^|[^A-Za-z])([A-Za-z])\s*(?:[=＝:：]|[(（])\s*$/.exec(before);
  return m && grades.has(m[1].toUpperCase()) ? m[1].toUpperCase() : null;
}

/** A percentage stated with its bound word: 「80％以上」 → 0.8. */
function percentBound(segment: string, word: '以上' | '未満'): number | null {
  const m = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*%\\s*${word}`).exec(segment);
  return m ? Number(m[1]) / 100 : null;
}

/** Two band bounds are the same: both open (null) or equal numbers. */
function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
}

/**
 * Whether a legend entry names the mark's meaning besides its band (「達成（100％以上）」「やや遅れ（60％以上）」), as a
 * legend of grades does; a criterion stating only the band (「○：80％以上100％未満」, 【達成度の基準】) grades attainment
 * in marks of its own and says no letter; so does one naming only the target it is of (「目標値の80％以上」, legendBandWords.ts).
 */
function namesStatus(segment: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(withoutBandWords(segment));
}

/**
 * The grade whose attainment band a legend entry states (「達成（100％以上）」「80％以上100％未満」「60％未満」): its lower
 * bound is the grade's `min`, its upper bound (when stated) the better grade's `min`; no lower bound means the last grade.
 */
function gradeByBand(segment: string, scale: Scale): string | null {
  const lower = percentBound(segment, '以上');
  const upper = percentBound(segment, '未満');
  if ((lower === null && upper === null) || !namesStatus(segment)) return null;
  const i = scale.findIndex((b, k) => b.min !== undefined && same(lower, b.min) && (upper === null || (k > 0 && same(upper, scale[k - 1].min ?? null))));
  return i < 0 ? null : scale[i].grade;
}

/** The mark → grade entries one text states, or null when it states none. */
export function legendEntries(text: string, scale: Scale): [string, string][] {
  if (!text || text.length > MAX_LEGEND_TEXT) return [];
  const t = text.normalize('NFKC');
  const found = [...t.matchAll(MARK_CHAR)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, mark: markOf(m[0]) }));
  if (!found.length) return [];
  const grades = new Set(scale.map((b) => b.grade));
  const read = (pick: (i: number) => string | null) =>
    found.map((f, k): [string, string | null] => [f.mark, pick(k)]).filter((e): e is [string, string] => e[1] !== null);
  const after = read((k) => gradeAfter(t.slice(found[k].end, found[k + 1]?.at ?? t.length), grades));
  if (after.length) return after;
  const before = read((k) => gradeBefore(t.slice(k ? found[k - 1].end : 0, found[k].at), grades));
  if (before.length) return before;
  return read((k) => gradeByBand(t.slice(found[k].end, found[k + 1]?.at ?? t.length), scale));
}

/** The sheet's legend, mark → grade, or null when it has none that holds (see the module's comment). */
export function readMarkLegend(index: CellIndex, scale: Scale): Map<string, string> | null {
  // A scale of marks (評価設定): the marks are its grades as written.
  if (scale.some((b) => MARKS.includes(b.grade) || STAR_RUN.test(b.grade))) return null;
  const legend = new Map<string, string>();
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (!c.text || !ANY_MARK.test(c.text)) continue;
      for (const [mark, grade] of legendEntries(c.text, scale)) {
        if (legend.has(mark) && legend.get(mark) !== grade) return null;
        legend.set(mark, grade);
      }
    }
  return holds(legend, scale) ? legend : null;
}

/** At least two marks, distinct grades, in the scale's order. */
function holds(legend: Map<string, string>, scale: Scale): boolean {
  if (legend.size < 2 || new Set(legend.values()).size !== legend.size) return false;
  const rank = (g: string) => scale.findIndex((b) => b.grade === g);
  const ordered = [...legend.keys()].sort((a, b) => markRank(a) - markRank(b)).map((m) => rank(legend.get(m)!));
  return ordered.every((r, i) => i === 0 || r > ordered[i - 1]);
}

/** The grade a written mark stands for by the legend (「○」「〇」「○（概ね順調）」), else undefined. */
export function legendGrade(raw: unknown, legend: Map<string, string>): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.normalize('NFKC').trim();
  if (!t) return undefined;
  const mark = STAR_RUN.exec(t)?.[0] ?? markOf(t.charAt(0));
  const rest = t.slice(mark.length).trim();
  if (rest && !/^[(（:：・\s]/.test(t.slice(mark.length)) && !/^[\p{Script=Han}\p{Script=Hiragana}]/u.test(rest)) return undefined;
  return legend.get(mark);
}

/**
 * Gives each grade cell holding a mark, an indicator's, its last period's or the policy's own, the grade the sheet's legend says
 * it stands for (`means`), and keeps the legend as `meta.markOfGrade` so that a
 * grade filled into an empty cell is written as the sheet's mark (actions/rate.ts).
 */
export function applyMarkLegend(index: CellIndex, scale: Scale, indicators: RawIndicator[], meta: SheetMeta): void {
  const current: { raw: unknown; means?: string }[] = [...(meta.groupGrade ? [meta.groupGrade] : []), ...(meta.groupGrades ?? [])];
  for (const ind of indicators) current.push(...(ind.gradeCell ? [ind.gradeCell] : []), ...(ind.gradeCells ?? []));
  const previous = indicators.flatMap((ind) => (ind.previousGradeCell ? [ind.previousGradeCell] : []));
  if (!current.length && !previous.length) return;
  const words = applyWordLegend(index, scale, [...current, ...previous]);
  const legend = readMarkLegend(index, scale);
  if (!legend) {
    // A legend of words naming every grade of the scale, on a sheet whose written grades are its words (this year's or last
    // year's): grades filled in are written as its words, as marks are. With none written the legend may only explain
    // letters (「A：順調　B：概ね順調…」 over an empty 評価 column): letters.
    if (words && scale.every((b) => [...words.values()].includes(b.grade)) && (writesMarks(current, scale) ?? writesMarks(previous, scale) ?? false))
      meta.markOfGrade = Object.fromEntries(scale.map((b) => [b.grade, [...words].find(([, g]) => g === b.grade)![0]]));
    return;
  }
  for (const g of [...current, ...previous]) {
    const means = legendGrade(g.raw, legend);
    if (means) g.means = means;
  }
  if (writesMarks(current, scale) ?? writesMarks(previous, scale) ?? true)
    meta.markOfGrade = Object.fromEntries([...legend].map(([mark, grade]) => [grade, mark]));
}

/**
 * Gives each grade cell holding a status word the grade the sheet's legend of words says it stands for (wordLegend.ts);
 * the legend (word → grade), or null when the sheet has none.
 */
function applyWordLegend(index: CellIndex, scale: Scale, cells: { raw: unknown; means?: string }[]): Map<string, string> | null {
  const words = readWordLegend(index, scale);
  if (!words) return null;
  for (const g of cells) {
    const means = wordLegendGrade(g.raw, words);
    if (means) g.means = means;
  }
  return words;
}

/**
 * Whether the grades written in these cells are the legend's marks (true) or letters beside a legend that only explains them
 * (「A（◎）達成」 above letters: false); null when none is written.
 */
function writesMarks(cells: { raw: unknown; means?: string }[], scale: Scale): boolean | null {
  const marks = cells.filter((g) => g.means).length;
  const isLetter = (raw: unknown) => typeof raw === 'string' && scale.some((b) => b.grade === raw.normalize('NFKC').trim().toUpperCase());
  const letters = cells.filter((g) => isLetter(g.raw)).length;
  return marks || letters ? marks >= letters : null;
}
