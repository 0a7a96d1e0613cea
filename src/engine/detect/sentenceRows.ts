/**
 * A row whose name cell is a sentence (「…を下回ったが、その他は概ね順調に推移した。」: a reason, a comment, a
 * note written under a table) and that has no figure in the value columns is never an indicator:
 * an indicator's name is a noun phrase, a sentence says something about the indicators.
 */
import type { Grid } from './grid';
import { parseValue } from '../values/values';

/** A sentence rather than a name: it ends with 。, or it is long and runs through clauses (、 with が / は / ため / ので). */
export function isSentence(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/[。．]$/.test(t)) return true;
  return t.length >= 30 && /、/.test(t) && /(が|は|ため|ので|ものの)/.test(t);
}

/** Whether any of the row's value columns holds a figure (a number, or a text that reads as one). */
export function rowHasFigure(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((c) => parseValue(grid.value(row, c) ?? undefined).status === 'value');
}

/** A sentence in the name column with no figure beside it: a remark row, not an indicator. */
export function isSentenceRow(grid: Grid, row: number, name: string, valueCols: number[]): boolean {
  return isSentence(name) && !rowHasFigure(grid, row, valueCols);
}
