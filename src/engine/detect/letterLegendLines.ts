/**
 * A legend of lower-case letters written on over lines (「a：目標値に達した　b：改善傾向にある　c：変わらない」 and, in the cell
 * under it, 「d：悪化している　e：評価困難」): the lines are one legend, a to e, when each line's letters start with the letter
 * after the last of the line above, in the same column on the very next row. A line starting elsewhere (b, or a again) ends it.
 */
import type { CellIndex, IndexedCell } from './cells';

/** A legend cell is a short note, never a paragraph. */
const MAX_LEGEND_TEXT = 200;
/** 「a：目標値に達した」「b＝改善」「a：60％未満」: a letter standing alone, a separator, then words or a bound (NFKC turns ： ＝ into : =). */
const ENTRY = /(?<![A-Za-z])([A-Za-z])\s*[:=]\s*(?=[^\s:=])/g;

/**
 * The lower-case letters one text states as legend entries, each the letter after the one before (「d：悪化　e：評価困難」),
 * from whichever letter it starts; [] when it states none or gives a capital letter so.
 */
export function letterRunOf(text: string): string[] {
  if (!text || text.length > MAX_LEGEND_TEXT || !/[a-z]\s*[:：=＝]/.test(text)) return [];
  const t = text.normalize('NFKC');
  const letters: string[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(t); m; m = ENTRY.exec(t)) {
    if (m[1] !== m[1].toLowerCase()) return [];
    letters.push(m[1]);
  }
  if (!letters.length) return [];
  const first = letters[0].charCodeAt(0);
  return letters.every((l, i) => l.charCodeAt(0) === first + i) ? letters : [];
}

/** A legend as written: its letters (a, b …) and the texts of its lines, the first the cell that starts it. */
export interface LetterLegend {
  letters: string[];
  texts: string[];
}

/** The legend a cell starts (its letters, a, b …), with the letters of the lines under it that write it on; no letters when it starts none. */
export function legendWrittenOn(index: CellIndex, cell: IndexedCell, start: readonly string[]): LetterLegend {
  const legend: LetterLegend = { letters: [...start], texts: [cell.text] };
  if (!start.length) return legend;
  for (let row = cell.row + 1; ; row++) {
    const below = index.rows.get(row)?.find((c) => c.col === cell.col);
    const next = below ? letterRunOf(below.text) : [];
    const last = legend.letters[legend.letters.length - 1].charCodeAt(0);
    if (!next.length || next[0].charCodeAt(0) !== last + 1) return legend;
    legend.letters.push(...next);
    legend.texts.push(below!.text);
  }
}
