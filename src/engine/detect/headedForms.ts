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
 * Cards tiled side by side (a citizens' 通信簿: three cards across, each 「テーマ」 over its indicator over めざす値 | いまの値 |
 * 達成度) are such forms each in its own columns: where label columns stand side by side down two or more lines, each from its
 * label column to the next one's is read as a sheet of its own. A card headed as a reference (「（参考）令和５年度」「市全体（参考）」)
 * or another body's figure (全国平均, comparisonRows.ts) is the card beside it compared, no indicator (review rv44).
 */
import { SERIES_ROLES, classifyLabel, type Label } from '../values/labels';
import { canonicalUnit, unitAt, writtenUnit } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';
import { isComparisonLabel } from './comparisonRows';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';

/** A form: the cells naming it, top to bottom (two for a wrapped name), its label-led lines and the columns it stands in. */
export interface HeadedForm {
  names: IndexedCell[];
  rows: number[];
  cols: Cols;
}

/** The columns a form stands in, first and last. */
interface Cols {
  lo: number;
  hi: number;
}

interface Block {
  /** The lines led by a label, top to bottom. */
  rows: number[];
  /** The columns the block stands in (the sheet's, or a card's). */
  cols: Cols;
  /** The lone text lines above them, nearest first (at most two). */
  headings: IndexedCell[];
}

const leadLabel = (c: IndexedCell | undefined): Label | null => (c ? (c.label ?? (c.period && c.text ? classifyLabel(c.text) : null)) : null);

/** The first text cell of a row in the columns. */
const firstText = (index: CellIndex, row: number, cols: Cols): IndexedCell | undefined =>
  index.row(row).find((c) => c.col >= cols.lo && c.col <= cols.hi && c.text.trim() !== '');

/** A line holding one text alone that could name an indicator: no label, period, meta label or figure, nothing else on the line. */
function loneText(grid: Grid, index: CellIndex, row: number, cols: Cols): IndexedCell | null {
  const inCols = index.row(row).filter((c) => c.col >= cols.lo && c.col <= cols.hi);
  const cells = inCols.filter((c) => c.text.trim() !== '' || typeof grid.raw(row, c.col) === 'number');
  if (cells.length !== 1) return null;
  const c = cells[0];
  if (c.label || c.period || c.meta || typeof grid.raw(row, c.col) !== 'string' || isNotAName(c.text)) return null;
  return /[\p{L}]{2}/u.test(c.text) ? c : null;
}

/** Whether a line's first label names a figure with a figure (or a number written as text) right of it. */
function isFigureLine(grid: Grid, index: CellIndex, row: number, cols: Cols): boolean {
  const c = firstText(index, row, cols);
  const label = leadLabel(c);
  if (!c || !label || !SERIES_ROLES.has(label.role)) return false;
  const v = valueRightOf(grid, row, c.col, 3, cols.hi);
  return !!v && /\d/.test(v.text.normalize('NFKC'));
}

/** The blocks of a sheet: runs of label-led lines (no name label) with a figure line, under a lone text line. */
function blocksOf(grid: Grid, index: CellIndex, consumed: Set<number>, cols: Cols): Block[] {
  const out: Block[] = [];
  const rows = [...index.rows.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    if (consumed.has(row) || leadLabel(firstText(index, row - 1, cols)) || !leadLabel(firstText(index, row, cols))) continue;
    const run: number[] = [];
    for (let r = row; r < row + 12 && !consumed.has(r); r++) {
      const label = leadLabel(firstText(index, r, cols));
      if (!label || label.role === 'name') break;
      run.push(r);
    }
    if (!run.some((r) => isFigureLine(grid, index, r, cols))) continue;
    const near = loneText(grid, index, row - 1, cols);
    if (!near) continue;
    const far = loneText(grid, index, row - 2, cols);
    out.push({ rows: run, headings: far ? [near, far] : [near], cols });
  }
  return out;
}

/**
 * The columns of cards tiled side by side: label columns that lead a label-led line each on two or more lines running down
 * (めざす値 in A, F and K on the same lines), each card from its label column to the column before the next; none for a sheet
 * whose label-led lines each hold one label column.
 */
function tiles(grid: Grid, index: CellIndex, consumed: Set<number>): Cols[] {
  const leads = (row: number) =>
    consumed.has(row)
      ? []
      : index
          .row(row)
          .filter(
            (c) =>
              leadLabel(c) &&
              leadLabel(c)!.role !== 'name' &&
              valueRightOf(grid, row, c.col, 3) &&
              !leadLabel(index.at(row, grid.rightEdge(row, c.col) + 1) ?? undefined),
          )
          .map((c) => c.col);
  const key = (cols: number[]) => cols.join(',');
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    const cols = leads(row);
    if (cols.length < 2 || key(leads(row + 1)) !== key(cols)) continue;
    return cols.map((lo, i) => ({ lo, hi: i + 1 < cols.length ? cols[i + 1] - 1 : grid.right }));
  }
  return [];
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

/** A card's heading marking a reference or the whole area: 「（参考）令和５年度」「市全体（参考）」「県全体」. */
const REFERENCE = /参考|[市町村県]全体|全[市町村県]/;

/** Whether a tiled card's heading is a reference beside the card it compares (see the module's comment), or another body's average. */
function isReferenceCard(b: Block): boolean {
  const t = b.headings[0].text.normalize('NFKC').replace(/\s+/g, '');
  return REFERENCE.test(t) || isComparisonLabel(t);
}

/** The heading-named forms of a sheet: each one's name cells (one, or two for a wrapped name) and its label-led lines. */
export function headedForms(grid: Grid, index: CellIndex, consumed: Set<number>): HeadedForm[] {
  const whole = blocksOf(grid, index, consumed, { lo: grid.left, hi: grid.right });
  // Cards tiled side by side: each card's columns read on their own (lines a whole-width block took stay its).
  const taken = new Set(whole.flatMap((b) => b.rows));
  const carded = tiles(grid, index, consumed).flatMap((cols) =>
    blocksOf(grid, index, consumed, cols).filter((b) => !b.rows.some((r) => taken.has(r)) && !isReferenceCard(b)),
  );
  const blocks = [...whole, ...carded];
  // The sheet numbers its headings when at least half of its blocks' nearest heading lines are numbered.
  const headingsNumbered = 2 * blocks.filter((b) => numbered(b.headings[0])).length >= blocks.length;
  return blocks.map((b) => ({ names: nameCells(b, headingsNumbered), rows: b.rows, cols: b.cols }));
}
