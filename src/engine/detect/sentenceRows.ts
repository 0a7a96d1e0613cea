/**
 * A row whose name cell is a sentence (「…を下回ったが、その他は概ね順調に推移した。」: a reason, a comment, a
 * note written under a table) and that has no figure in the value columns is never an indicator:
 * an indicator's name is a noun phrase, a sentence says something about the indicators. Nor is a row whose
 * value columns hold sentences and no figure (an evaluation item with its written assessment).
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

/**
 * A remark row, not an indicator: no figure in the value columns, and either a sentence in the name column or
 * sentences where the figures belong (a text table under the indicators: 施設の維持管理 | 適正に実施されている。).
 */
export function isSentenceRow(grid: Grid, row: number, name: string, valueCols: number[]): boolean {
  if (rowHasFigure(grid, row, valueCols)) return false;
  return isSentence(name) || valueCols.some((c) => isSentence(grid.text(row, c)));
}
