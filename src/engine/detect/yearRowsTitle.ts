/**
 * The title line over a block whose years are rows (yearRows.ts): 「① 公民館利用者数（人）」, a 「指標名：…」 line, or
 * 「指標①-1 | 農地の集積率」 with an aim stated beside the name or on its own line under it (「（減少を目指す）」): the block's
 * name, its number and its direction.
 */
import { a1 } from '../model/address';
import { parseDirection, type Direction } from '../values/labels';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { metaLinesAbove } from './metaLines';
import { cleanName, isNotAName, withoutNumberCell } from './names';
import type { RawIndicator } from './types';

export interface BlockTitle {
  text: string;
  cell: string;
  /** A sure name: a 「指標名：…」 line, a name label above, or a number cell before it. */
  labelled?: boolean;
  /** The number cell's id (「指標①-1」: 1-1). */
  id?: string;
  /** An aim stated on the title's line or between it and the header (「（減少を目指す）」). */
  aim?: NonNullable<RawIndicator['statedDirection']>;
}

/**
 * The way a direction written as a statement in a block's header says (「↑増加を目指す」「少ない方がよい」, wholly in brackets
 * too: 「（減少を目指す）」 on its own line under the name), else null. Never a name.
 */
export function directionStatement(text: string): Direction | null {
  const t = text.trim().replace(/^[(（]([^()（）]+)[)）]$/, '$1');
  const way = parseDirection(t);
  return way && (/^[↑↓→↗↘]/.test(t) || /(目指す|方がよい|方が良い|ほどよい|ほど良い)$/.test(t)) ? way : null;
}

/** A title with a number (①) or a unit （人） is an indicator's name as written. */
export function titleIsSure(text: string): boolean {
  const c = cleanName(text);
  return !!(c.id || c.unit);
}

/**
 * The one line above a block's 年度 | 目標 | 実績 header, blank rows between allowed: a title such as
 * 「① 公民館利用者数（人）」 (merged across or not) that names the block's one indicator, or the value
 * of a 「指標名：…」 line (labelled: a sure name). Other label / value lines (単位：…, 評価年度：…) are
 * passed over. Null when that line holds more than one text, a label or a period. Blocks side by side
 * on the same rows each have their title in their own columns (`block`): each block reads only the texts
 * over its columns. A number cell before the title (「指標①-1」) is its id, and makes the title sure; an aim
 * stated beside the title or on a line of its own between it and the header is the block's direction, no title.
 */
export function blockTitle(grid: Grid, index: CellIndex, headerRow: number, block: { from: number; to: number }): BlockTitle | null {
  const lines = metaLinesAbove(grid, index, headerRow, 6, block);
  const named = lines.find((l) => l.line.role === 'name');
  if (named) return { text: named.line.value, cell: named.line.cell, labelled: true };
  let aim: BlockTitle['aim'];
  for (let r = headerRow - 1; r >= headerRow - 3 - lines.length && r >= grid.top; r--) {
    // A text outside a block tiled beside another is that other block's (its title, a note under its name).
    const texts = index.row(r).filter((c) => c.text && c.col >= block.from && c.col <= block.to);
    const stated = texts.filter((c) => !c.label && !c.period && directionStatement(c.text));
    if (stated.length && !aim) aim = { value: directionStatement(stated[0].text)!, cell: a1(r, stated[0].col), text: stated[0].text };
    // A number cell in front (「指標①-1 | 農地の集積率」) numbers the block: the name beside it is sure (names.ts withoutNumberCell).
    const { cells, id } = withoutNumberCell(texts.filter((c) => !stated.includes(c)));
    if (!cells.length || lines.some((l) => l.row === r)) continue;
    const [c] = cells;
    if (cells.length !== 1 || c.label || c.period || c.meta || isNotAName(c.text)) return null;
    const labelled = id !== null || nameLabelAbove(index, r, block);
    return { text: grid.fullText(r, c.col), cell: a1(r, c.col), labelled, ...(id === null ? {} : { id }), ...(aim ? { aim } : {}) };
  }
  return null;
}

/** A name label alone over a block's title (指標① over 「特定健康診査受診率」): the title is the indicator's name as written. */
function nameLabelAbove(index: CellIndex, row: number, block: { from: number; to: number }): boolean {
  const cells = index.row(row - 1).filter((c) => c.text && c.col >= block.from && c.col <= block.to);
  return cells.length === 1 && cells[0].label?.role === 'name';
}
