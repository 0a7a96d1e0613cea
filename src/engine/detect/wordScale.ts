/**
 * A sheet whose legend states a scale of its own in words, each with its band — 「評価　達成：達成度100％以上　概ね達成：80％以上
 * 100％未満　未達成：80％未満」 — grades in those words, as a clerk reading the sheet would: the words are its grades, the best
 * first, as a legend of its own letters is (grading/sheetScale.ts), and a 評価 column holding them holds the written grades.
 * Strict as that legend: two words or more, each joined to its band by a separator, distinct, none a heading word (目標,
 * 実績) or a grade of the scale in force, and every band closed by the one above it (bandLines.ts closedBands); a word list
 * without complete bands, bands that overlap or leave a gap, a word given a letter (「達成＝A（100％以上）」, wordLegend.ts
 * reads those), a legend grading another ratio (前年度比) or naming no attainment (neither 達成度 / 達成率 / 目標 nor a word such as
 * 達成 / 順調: 「良好：執行率90％以上」) states nothing, and a sheet with a letter legend of bands keeps its letters. Pure: reads the texts that may state bands.
 */
import { classifyLabel } from '../values/labels';
import { parseGrade } from '../values/values';
import { bandLines, boundsOf, closedBands, fallingLowerBounds, gradesOtherRatio, type StatedBand } from './bandLines';
import type { Grid } from './grid';

type Scale = readonly { grade: string; label: string }[];
type Grade = { grade: string; label: string };

/** A word of kanji or kana (「達成」「概ね達成」「やや遅れ」), then its separator: one entry of the legend. */
const ENTRY = /(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,12})\s*[:=]\s*/gu;
/**
 * What says a legend grades attainment: the ratio it names (達成度, 達成率, 目標), or its words (達成, 順調). A legend of another
 * measure (「予算執行状況　良好：執行率90％以上」「傾向　上昇：前年度比105％以上」「満足度　高い：60％以上」) grades nothing here.
 */
const ATTAINMENT_LINE = /達成[度率]|目標/;
const ATTAINMENT_WORD = /達成|順調/;
/** A letter grade joined to a band (「A：達成度100％以上」): the sheet states a letter scale, which its words never replace. */
const LETTER_BAND = /(?<![A-Za-z])[A-Za-z]\s*[:=]\s*[^A-Za-z]*?\d+(?:\.\d+)?\s*%/;
/** A letter among an entry's words: the word is given a grade of letters, no grade of its own. */
const LETTER = /[A-Za-z]/;

export interface WordScale {
  /** The cell the legend was read from. */
  cell: string;
  /** The words, best first, with each one's lower bound (fraction; null: the last, below every bound). */
  bands: { grade: string; min: number | null }[];
}

interface Stated extends StatedBand {
  grade: string;
}

/** The entries of one text (NFKC) with their bounds, in the order written (those stating none left out); null when one does not hold. */
function statedOf(t: string): Stated[] | null {
  const found = [...t.matchAll(ENTRY)];
  const out: Stated[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const words = t.slice(m.index + m[0].length, i + 1 < found.length ? found[i + 1].index : t.length);
    const bounds = boundsOf(words);
    if (!bounds) return null;
    // A grade word with no band before the banded ones (「達成：目標どおり　概ね達成：80％以上…」) leaves the scale without its
    // top: nothing is read, never a scale that drops it.
    if (bounds.min === null && bounds.below === null) {
      if (!out.length && ATTAINMENT_WORD.test(m[1])) return null;
      continue;
    }
    if (LETTER.test(words)) return null;
    out.push({ grade: m[1], ...bounds });
  }
  return out;
}

/** Whether the words can be a scale's grades: distinct, no heading word, not every one a grade of the scale in force. */
function ownWords(words: string[], scale: Scale): boolean {
  if (new Set(words).size !== words.length || words.some((w) => classifyLabel(w))) return false;
  return !words.every((w) => parseGrade(w, [...scale])?.grade);
}

/** The sheet's own scale of words from its band lines (bandLines.ts), or null when they state none that holds (see the module's comment). */
export function readWordScale(lines: Iterable<[string, string]>, scale: Scale): WordScale | null {
  let found: WordScale | null = null;
  for (const [cell, text] of lines) {
    const t = text.normalize('NFKC');
    // A sheet stating a letter scale with bands grades by its letters (grading/sheetBands.ts, sheetScale.ts): no words.
    if (LETTER_BAND.test(t)) return null;
    if (gradesOtherRatio(t)) continue;
    const stated = statedOf(t);
    if (
      !stated ||
      stated.length < 2 ||
      !(closedBands(stated) || fallingLowerBounds(stated)) ||
      !ownWords(
        stated.map((s) => s.grade),
        scale,
      )
    )
      continue;
    const words = stated.map((s) => s.grade);
    if (!ATTAINMENT_LINE.test(t) && !words.some((w) => ATTAINMENT_WORD.test(w))) continue;
    // Two legends of words on one sheet: which scale it grades by is not said.
    if (found) return null;
    found = { cell, bands: stated.map((s) => ({ grade: s.grade, min: s.min })) };
  }
  return found;
}

/**
 * The grades a sheet's grade columns are read against: the scale in force, and the words of the sheet's own scale when its
 * legend states one (so a 評価 column of 達成 / 未達成 beside a 達成度 of percentages holds the grades, no status words).
 */
export function withSheetWords(grid: Grid, scale: Grade[]): Grade[] {
  const own = readWordScale(bandLines(grid), scale);
  return own ? [...scale, ...own.bands.map((b) => ({ grade: b.grade, label: '' }))] : scale;
}
