/**
 * A row whose name cell is a sentence (「…を下回ったが、その他は概ね順調に推移した。」: a reason, a comment, a
 * note written under a table) and that has no figure in the value columns is never an indicator:
 * an indicator's name is a noun phrase, a sentence says something about the indicators. Nor is a row whose
 * value columns hold sentences and no figure (an evaluation item with its written assessment), nor a label with one text
 * merged across every value column (取組内容 | 「空き家バンクの運営、改修費補助」 spanning 目標 | 実績 | 評価): a line describing
 * the block, where an indicator's figures would stand in their own cells.
 */
import type { Grid } from './grid';
import { parseValue } from '../values/values';

/** A sentence rather than a name: it ends with 。, or it is long and runs through clauses (、 with が / は / ため / ので). */
export function isSentence(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (/[。．]$/.test(t)) return true;
  return t.length >= 30 && /、/.test(t) && /(が|は|ため|ので|ものの)/.test(t);
}

/**
 * Whether any of the row's value columns holds a figure (a number, or a text that reads as one). A sentence merged across two
 * or more of them (「空き区画の待機者が12人いるため、…検討する。」 over 目標 | 実績 | 達成率) is no column's figure: a number in
 * it is the sentence's.
 */
export function rowHasFigure(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((c) => parseValue(grid.value(row, c) ?? undefined).status === 'value' && !spanningSentence(grid, row, c, cols));
}

function spanningSentence(grid: Grid, row: number, col: number, cols: number[]): boolean {
  const m = grid.merge(row, col);
  return !!m && cols.filter((c) => c >= m.left && c <= m.right).length >= 2 && isSentence(grid.text(row, col));
}

/**
 * One text merged across every value column (two at least), right of the name, that is no figure and no status word
 * (未実施, 集計中, －): a description of the block, not an indicator's figures.
 */
export function isSpanningText(grid: Grid, row: number, nameCol: number, valueCols: number[]): boolean {
  if (valueCols.length < 2) return false;
  const m = grid.merge(row, valueCols[0]);
  if (!m || m.left <= nameCol || m.top !== row || !valueCols.every((c) => c >= m.left && c <= m.right)) return false;
  return parseValue(grid.value(row, m.left) ?? undefined).status === 'text';
}

/**
 * A remark row, not an indicator: no figure in the value columns, and either a sentence in the name column,
 * sentences where the figures belong (a text table under the indicators: 施設の維持管理 | 適正に実施されている。),
 * or one text spanning them all (取組内容 | 「…の運営、…の補助」 merged across the table).
 */
export function isSentenceRow(grid: Grid, row: number, name: string, valueCols: number[], nameCol?: number): boolean {
  if (rowHasFigure(grid, row, valueCols)) return false;
  if (nameCol !== undefined && isSpanningText(grid, row, nameCol, valueCols)) return true;
  return isSentence(name) || valueCols.some((c) => isSentence(grid.text(row, c)));
}
