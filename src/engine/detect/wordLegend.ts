/**
 * A legend on the sheet that says which grade each status word stands for (「【達成状況】達成＝A（100％以上）／概ね達成＝B
 * （80％以上）／やや未達成＝C／未達成＝D」, 「A：順調　B：概ね順調　C：遅れ」): a grade cell holding exactly one of those words
 * is read as the letter the legend gives it, as a ◎○△× legend does for marks (markLegend.ts). Without such a legend a word
 * stays what it is (a grade written off the scale). A legend counts only when one cell maps at least two distinct words to
 * distinct grades of the scale in the scale's order, and no other cell maps a word to another grade; a word must match the
 * whole cell (「未達成」 is never 「達成」).
 */
import type { CellIndex } from './cells';

type Scale = readonly { grade: string }[];

/** A legend cell is a short note, never a paragraph. */
const MAX_LEGEND_TEXT = 200;
/** A status word: kanji or kana only, no figure (「100％以上」 is a band, not a word). */
const WORD = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー]{1,12}';
/** A legend entry joins word and grade by one of these (before NFKC: ＝ and ： too); a cell without one states no legend. */
const SEPARATOR = /[=:→＝：﹦﹕︓⁼₌⩴⩵⩶￫]/;
/** 「達成＝A」「達成:A」「達成→A」, then a bracketed band or the next entry. */
const WORD_THEN_GRADE = new RegExp(`(${WORD})\\s*[=:→]\\s*([A-Za-z])(?![A-Za-z])`, 'gu');
/** 「A：順調」「A=順調」, the word ending at a bracket, a separator or the end. */
const GRADE_THEN_WORD = new RegExp(`(?<![A-Za-z])([A-Za-z])\\s*[=:]\\s*(${WORD})(?=$|[\\s(/、,・]|[(])`, 'gu');

/** The word → grade entries one text states, in the order written; [] when it states fewer than two. */
export function wordLegendEntries(text: string, scale: Scale): [string, string][] {
  if (!text || text.length > MAX_LEGEND_TEXT) return [];
  const t = text.normalize('NFKC');
  const grades = new Set(scale.map((b) => b.grade));
  const before = scaleEntries(t, WORD_THEN_GRADE, 1, 2, grades);
  const entries = before.length >= 2 ? before : scaleEntries(t, GRADE_THEN_WORD, 2, 1, grades);
  return entries.length >= 2 ? entries : [];
}

/**
 * Each match of `re` (global; every match is one character or more) as [word, grade], the grades of the scale only. A plain
 * exec loop: the matchAll-spread-map-filter chain it replaces was one of the reader's costliest functions to compile.
 */
function scaleEntries(t: string, re: RegExp, word: number, grade: number, grades: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const g = m[grade].toUpperCase();
    if (grades.has(g)) out.push([m[word], g]);
  }
  return out;
}

/** Distinct words to distinct grades, in the scale's order as written. */
function holds(entries: [string, string][], scale: Scale): boolean {
  if (new Set(entries.map((e) => e[0])).size !== entries.length || new Set(entries.map((e) => e[1])).size !== entries.length) return false;
  const rank = entries.map(([, g]) => scale.findIndex((b) => b.grade === g));
  return rank.every((r, i) => i === 0 || r > rank[i - 1]);
}

/** The sheet's legend of status words, word → grade, or null when it has none that holds (see the module's comment). */
export function readWordLegend(index: CellIndex, scale: Scale): Map<string, string> | null {
  const legend = new Map<string, string>();
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (!c.text || c.text.length > MAX_LEGEND_TEXT || !SEPARATOR.test(c.text)) continue;
      const entries = wordLegendEntries(c.text, scale);
      if (!entries.length || !holds(entries, scale)) continue;
      for (const [word, grade] of entries) {
        if (legend.has(word) && legend.get(word) !== grade) return null;
        legend.set(word, grade);
      }
    }
  return legend.size >= 2 ? legend : null;
}

/** The grade a written status word stands for by the legend (the whole cell, spaces aside), else undefined. */
export function wordLegendGrade(raw: unknown, legend: Map<string, string>): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  return t ? legend.get(t) : undefined;
}
