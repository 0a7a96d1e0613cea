/**
 * Label / value forms named by a heading line instead of a 指標名 label, as a Word document pasted into a sheet
 * writes them, one paragraph block per indicator:
 *   （１）子ども食堂の設置数
 *   目標値（令和５年度） |   | 15 | か所
 *   実績値（令和５年度） |   | 12 | か所
 *   説明                 | 地域の団体と連携し、…
 * A run of lines each led by a label (no name label), with a target or an actual figure right of its label, under
 * a line that holds one text alone (no label, period or figure): that text names the indicator. A unit written in a
 * cell of its own right of a figure is the indicator's unit. When the sheet's block headings are numbered
 * (（１）（２）…) and a block's nearest heading line is not, that line is the end of a name wrapped over two lines,
 * and the numbered line above it is its start (「（４）地域見守りネットワーク協定」「締結事業者数」).
 */
import { SERIES_ROLES, classifyLabel, type Label } from '../values/labels';
import { canonicalUnit, unitAt, writtenUnit } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';

/** A form: the cells naming it, top to bottom (two for a wrapped name), and its label-led lines. */
export interface HeadedForm {
  names: IndexedCell[];
  rows: number[];
}

interface Block {
  /** The lines led by a label, top to bottom. */
  rows: number[];
  /** The lone text lines above them, nearest first (at most two). */
  headings: IndexedCell[];
}

const leadLabel = (c: IndexedCell | undefined): Label | null => (c ? (c.label ?? (c.period && c.text ? classifyLabel(c.text) : null)) : null);

/** The first text cell of a row. */
const firstText = (index: CellIndex, row: number): IndexedCell | undefined => index.row(row).find((c) => c.text.trim() !== '');

/** A line holding one text alone that could name an indicator: no label, period, meta label or figure, nothing else on the line. */
function loneText(grid: Grid, index: CellIndex, row: number): IndexedCell | null {
  const cells = index.row(row).filter((c) => c.text.trim() !== '' || typeof grid.raw(row, c.col) === 'number');
  if (cells.length !== 1) return null;
  const c = cells[0];
  if (c.label || c.period || c.meta || typeof grid.raw(row, c.col) !== 'string' || isNotAName(c.text)) return null;
  return /[\p{L}]{2}/u.test(c.text) ? c : null;
}

/** Whether a line's first label names a figure with a figure (or a number written as text) right of it. */
function isFigureLine(grid: Grid, index: CellIndex, row: number): boolean {
  const c = firstText(index, row);
  const label = leadLabel(c);
  if (!c || !label || !SERIES_ROLES.has(label.role)) return false;
  const v = valueRightOf(grid, row, c.col, 3);
  return !!v && /\d/.test(v.text.normalize('NFKC'));
}

/** The blocks of a sheet: runs of label-led lines (no name label) with a figure line, under a lone text line. */
function blocksOf(grid: Grid, index: CellIndex, consumed: Set<number>): Block[] {
  const out: Block[] = [];
  const rows = [...index.rows.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    if (consumed.has(row) || leadLabel(firstText(index, row - 1)) || !leadLabel(firstText(index, row))) continue;
    const run: number[] = [];
    for (let r = row; r < row + 12 && !consumed.has(r); r++) {
      const label = leadLabel(firstText(index, r));
      if (!label || label.role === 'name') break;
      run.push(r);
    }
    if (!run.some((r) => isFigureLine(grid, index, r))) continue;
    const near = loneText(grid, index, row - 1);
    if (!near) continue;
    const far = loneText(grid, index, row - 2);
    out.push({ rows: run, headings: far ? [near, far] : [near] });
  }
  return out;
}

/** Whether a heading line is numbered (（１）, 1., ①…). */
const numbered = (c: IndexedCell) => cleanName(c.text).id !== undefined;

/** A block's name cells: its nearest heading, or the numbered line above it when the sheet's headings are numbered and the nearest is not. */
function nameCells(block: Block, headingsNumbered: boolean): IndexedCell[] {
  const [near, far] = block.headings;
  return headingsNumbered && !numbered(near) && far && numbered(far) ? [far, near] : [near];
}

/** A unit written alone in the cell right of a figure: 「15 | か所」. */
export function unitRightOf(grid: Grid, row: number, col: number): { unit: string; row: number; col: number } | null {
  const v = valueRightOf(grid, row, col, 2);
  const t = v?.text.normalize('NFKC').trim();
  const u = t ? unitAt(t) : undefined;
  return v && t && u && canonicalUnit(t) === u ? { unit: writtenUnit(t), row: v.row, col: v.col } : null;
}

/** The heading-named forms of a sheet: each one's name cells (one, or two for a wrapped name) and its label-led lines. */
export function headedForms(grid: Grid, index: CellIndex, consumed: Set<number>): HeadedForm[] {
  const blocks = blocksOf(grid, index, consumed);
  // The sheet numbers its headings when at least half of its blocks' nearest heading lines are numbered.
  const headingsNumbered = 2 * blocks.filter((b) => numbered(b.headings[0])).length >= blocks.length;
  return blocks.map((b) => ({ names: nameCells(b, headingsNumbered), rows: b.rows }));
}
