/**
 * A sheet's texts, gathered once and shared by every detector that looks through the whole sheet for a note or a legend
 * (「※「前年度以上」は…」, 「実績が確定していない指標は…見込…」): each used to walk every stored cell, numbers and blanks
 * included, for a word most sheets never write. Here the text cells are listed once per grid, row by row and left to
 * right as `Grid.forEachValue` gives them, and joined once, so that a detector whose trigger words the sheet does not
 * write at all skips it with one search (`sheetMentions`), and one that must look walks the texts only. Nothing here
 * reads a cell differently: a detector's test of each text stays its own.
 */
import type { Grid } from './grid';

/** A cell holding text, as stored (merged continuations are blank): its row, its column and its text. */
export interface TextCell {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

interface SheetTexts {
  cells: TextCell[];
  /** Every text, joined by a character no cell holds (XML cannot carry U+0000): a word found in it is in one cell. */
  joined: string;
}

const TEXTS = new WeakMap<Grid, SheetTexts>();

function textsOf(grid: Grid): SheetTexts {
  let texts = TEXTS.get(grid);
  if (!texts) {
    const cells: TextCell[] = [];
    grid.forEachValue((row, col, value) => {
      if (typeof value === 'string') cells.push({ row, col, text: value });
    });
    texts = { cells, joined: cells.map((c) => c.text).join('\u0000') };
    TEXTS.set(grid, texts);
  }
  return texts;
}

/** The sheet's text cells, in the order `grid.forEachValue` visits them. */
export function textCells(grid: Grid): readonly TextCell[] {
  return textsOf(grid).cells;
}

/** Whether some text cell of the sheet contains `word` (a detector's trigger word): without it, the sheet holds nothing that detector seeks. */
export function sheetMentions(grid: Grid, word: string): boolean {
  return textsOf(grid).joined.includes(word);
}

/** Whether some text cell of the sheet contains one of `words`. */
export function sheetMentionsAny(grid: Grid, words: readonly string[]): boolean {
  const { joined } = textsOf(grid);
  return words.some((w) => joined.includes(w));
}
