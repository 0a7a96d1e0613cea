/**
 * A note on the sheet saying whose grade is final where it is written: 「※企画課（二次評価）欄に記入のある事業は、二次評価を最終評価と
 * します。」「※二次評価欄に記入のある指標は、二次評価（企画課）を最終評価とする。」「※企画課欄に記入がある場合は、企画課の評価を最終評価と
 * します。」, or beside a form's grade line 「※企画課記入欄（記入がある場合はこちらを最終評価とします）」. Of two grade columns (a form's
 * two grade lines), the one the note names, where a grade is written in it, is the indicator's written grade; where it is
 * blank, the other (the department's own: gradeOwner.ts). Without such a note nothing changes: a committee's or the office's
 * review column beside the department's is its review, never the grade.
 *
 * Narrow: the note must say 「…を最終評価とする／とします」 (最終的な評価 too; 「最終評価とはしない」 says nothing), and the words
 * right before を must name one grade heading by words the other grade headings lack (企画課, 二次評価); 「こちら」「この欄」「本欄」
 * name the heading on the note's own line or column.
 */
import { normalizeText } from '../values/text';
import type { Grid } from './grid';

export interface FinalGradeNote {
  /** The words naming the final grade (「二次評価（企画課）」「企画課の評価」), or the note cell's whole text for 「こちら」. */
  words: string;
  /** The note points at its own line or column (「こちらを最終評価とします」). */
  here: boolean;
  row: number;
  col: number;
}

const FINAL = /を最終(?:的な|の)?評価と(?:する|します|し|なる|なります|して)/;
/**
 * The sentence goes on from the verb as no rule does (review rv41b): a question (「…とするかは、検討する」), a past (「…としていた」),
 * a denial (「…としない」), a condition (「…とする場合も」).
 */
const NOT_RULE = /^(?:か|ていた|ていました|ない|ません|ず|場合|こと(?:は|も)|べきか)/;
const HERE = /^(?:こちら|この欄|本欄|当欄|こちらの(?:欄|評価))$/;
const OPEN = '（(【[「';
const CLOSE = '）)】]」';

/** The words right before を: back to a 、 or は outside brackets (「…事業は、二次評価（企画課）」 → 「二次評価（企画課）」). */
function objectBefore(text: string): string {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i];
    if (CLOSE.includes(ch)) depth++;
    else if (OPEN.includes(ch)) {
      if (depth === 0) return text.slice(i + 1).trim();
      depth--;
    } else if (depth === 0 && /[、，,。は※\s]/.test(ch)) return text.slice(i + 1).trim();
  }
  return text.trim();
}

const cache = new WeakMap<Grid, FinalGradeNote[]>();

/** Every note of the sheet naming a final grade (read once per sheet). */
export function finalGradeNotes(grid: Grid): FinalGradeNote[] {
  const known = cache.get(grid);
  if (known) return known;
  const out: FinalGradeNote[] = [];
  for (let row = grid.top; row <= grid.bottom; row++)
    for (let col = grid.left; col <= grid.right; col++) {
      const raw = grid.raw(row, col);
      if (typeof raw !== 'string' || !raw.includes('最終')) continue;
      const a = grid.anchor(row, col);
      if (a.row !== row || a.col !== col) continue;
      const text = normalizeText(raw).replace(/\s*\n\s*/g, '');
      for (const sentence of text.split('。')) {
        const m = FINAL.exec(sentence);
        if (!m || NOT_RULE.test(sentence.slice(m.index + m[0].length))) continue;
        const words = objectBefore(sentence.slice(0, m.index));
        if (!words) continue;
        const here = HERE.test(words);
        out.push({ words: here ? text : words, here, row, col });
      }
    }
  cache.set(grid, out);
  return out;
}

/** The words of a grade heading that can name it: its parts between brackets and spaces, bare 評価 and 欄 aside. */
export function headingWords(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => normalizeText(t).split(/[\s（）()【】[\]・／/、,]+/))
    .map((w) => w.replace(/欄$/, ''))
    .filter((w) => w.length >= 2 && w !== '評価');
}

export interface GradeHeading {
  /** The heading's cell texts (a column's heading cells, or a form line's label). */
  texts: readonly string[];
  /** Where the heading stands: a line's label row, a column. */
  row: number;
  col: number;
}

/** Whether a note of the sheet names `heading` as the final grade, among `others` (the row's other grade headings). */
export function namedFinal(notes: readonly FinalGradeNote[], heading: GradeHeading, others: readonly GradeHeading[]): boolean {
  if (!others.length) return false;
  const otherWords = new Set(others.flatMap((o) => headingWords(o.texts)));
  const mine = headingWords(heading.texts);
  const own = mine.filter((w) => !otherWords.has(w));
  if (!own.length) return false;
  const theirs = [...otherWords].filter((w) => !mine.includes(w));
  return notes.some((n) => {
    if (theirs.some((w) => n.words.includes(w))) return false;
    // 「こちらを最終評価とします」 beside a line's value or under a column's heading: that line's, that column's.
    if (n.here) return n.row === heading.row || n.col === heading.col;
    return own.some((w) => n.words.includes(w));
  });
}

/** A grade written in the cell: a short mark or word (A, Ｂ, ◎, 概ね順調), never blank, a dash, a figure or a note. */
export function holdsGrade(raw: unknown): boolean {
  if (typeof raw !== 'string') return false;
  const t = raw.trim();
  return t.length > 0 && t.length <= 6 && !/^[-－ー—―‐−]+$/.test(t) && !/[※。]/.test(t) && !/^\d/.test(t);
}

/**
 * Of a form's grade lines (評価（所管課） | A over 評価（企画課） | B), the value cell of the one a note names as final, where a
 * grade is written in it; null otherwise (the form's first grade line stays).
 */
export function finalGradeLine(
  grid: Grid,
  lines: readonly { label: { text: string; row: number; col: number }; value: { row: number; col: number } }[],
): { row: number; col: number } | null {
  const notes = lines.length >= 2 ? finalGradeNotes(grid) : [];
  if (!notes.length) return null;
  const heads = lines.map((l) => ({ texts: [l.label.text], row: l.label.row, col: l.label.col }));
  const named = lines.find((_, i) =>
    namedFinal(
      notes,
      heads[i],
      heads.filter((_, j) => j !== i),
    ),
  );
  return named && holdsGrade(grid.raw(named.value.row, named.value.col)) ? named.value : null;
}
