/**
 * A whole written right after the parts it adds up, beside a target and no actual: 年間目標 | 地域包括支援センター merged over
 * 東部 | 西部 | 南部 | 北部 | 市計 (=SUM(E6:H6)). The parts are the figure split by who or where it was counted, the whole
 * is the city's figure the 年間目標 is set for: the table's actual. The table has no actual column of its own; the heading
 * spanning the parts names no measure or period (目標 over the parts would make them targets); each part's sub-heading is
 * a plain word (no measure, period or total); the whole's headings are a total word of the place (市計, 合計, 計, 全体, 全市);
 * and on every body row where the whole holds a figure it is the sum of the parts' figures, on one row at least (a figure
 * written as text, 「2,310」, counts as a number: values/numberText.ts). The parts
 * must be places or centres (東部, 北地区, 中央圏域, ○○包括, ○○センター): a split by status, answer or kind of user (対応済 |
 * 対応中, 満足 | 不満, 新規 | 継続) sums to no actual of the indicator. Nor is it read when the whole is the target on every
 * row (the target split across the centres), nor when the title or the heading over the parts speaks of a target, plan or
 * split (目標, 計画, 予定, 配分, 内訳, 各, 当たり) or the target's heading of a share (各, 当たり, 配分, 内訳: each centre's
 * target). Anything else leaves the columns as they were.
 */
import { a1, parseA1 } from '../model/address';
import { numberText } from '../values/numberText';
import { compact } from '../values/text';
import { areaOrWhole } from './areaWholeColumn';
import type { CellIndex } from './cells';
import type { Column } from './column';
import type { Grid } from './grid';

/** A heading cell with text that reads as no label, period or total: a part's own name. */
function plainWord(index: CellIndex, row: number, col: number): boolean {
  const cell = index.at(row, col);
  return !!cell?.text.trim() && !cell.label && !cell.period && areaOrWhole(cell.text) !== 'whole';
}

/** A direction part of the place (東部, 北西部, 中央), a centre or body (○○センター, ○○包括) or a place counted by area. */
const PLACE = /^((東|西|南|北|中|中央|北東|北西|南東|南西)部?|.{1,12}(センター|包括|地区|圏域|地域|支所|ブロック|エリア))$/;
/** Words of a target, plan or split in a title or the heading over the parts: the figures are no result summed. */
const NOT_RESULT = /(目標|計画|予定|配分|内訳|各|当たり|あたり)/;
/** Words of a share in the target's heading (年間目標（各センター）): the target is each part's, not the whole's. */
const SHARE = /(各|当たり|あたり|配分|内訳|毎)/;

/** Whether a part's sub-heading names a place or a centre. */
function place(text: string): boolean {
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  return areaOrWhole(t) === 'part' || PLACE.test(t);
}

/** The parts' columns under a heading spanning them on a band row above the last, each with a plain sub-heading; or null. */
function spannedParts(index: CellIndex, band: number[], columns: Column[]): { first: number; last: number; row: number } | null {
  const grid = index.grid;
  const read = new Set(columns.map((c) => c.col));
  for (const row of band.slice(0, -1)) {
    for (const cell of index.row(row)) {
      if (cell.right <= cell.col || !plainWord(index, row, cell.col)) continue;
      const below = (grid.merge(row, cell.col)?.bottom ?? row) + 1;
      if (below > band[band.length - 1]) continue;
      let parts = true;
      for (let c = cell.col; c <= cell.right && parts; c++) {
        const at = grid.anchor(below, c);
        parts = at.row === below && at.col === c && !read.has(c) && plainWord(index, below, c) && place(grid.text(below, c));
      }
      if (parts) return { first: cell.col, last: cell.right, row };
    }
  }
  return null;
}

/** A number in the cell, or a number written as text (「2,310」, values/numberText.ts: no code, year or date), else null. */
function figure(grid: Grid, row: number, col: number): number | null {
  const v = grid.raw(row, col);
  if (typeof v === 'string') return numberText(v);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Whether, on the rows under the band down to the first row blank across the parts and the whole, every figure of the
 * whole is the sum of the parts' figures, with one such row at least.
 */
function sumsTheParts(grid: Grid, from: number, parts: { first: number; last: number }, whole: number): boolean {
  let summed = 0;
  for (let r = from; r <= grid.bottom; r++) {
    const total = figure(grid, r, whole);
    let sum = 0;
    let any = false;
    for (let c = parts.first; c <= parts.last; c++) {
      const v = figure(grid, r, c);
      if (v !== null) [sum, any] = [sum + v, true];
    }
    if (total === null && !any && !grid.text(r, whole) && !grid.text(r, parts.first)) break;
    if (total === null) continue;
    if (!any || Math.abs(total - sum) > 1e-9 * Math.max(1, Math.abs(total))) return false;
    summed++;
  }
  return summed > 0;
}

/** Whether the whole equals the target on every row where the whole holds a figure: the target split across the parts. */
function wholeIsTarget(grid: Grid, from: number, whole: number, target: number): boolean {
  let rows = 0;
  for (let r = from; r <= grid.bottom; r++) {
    const total = figure(grid, r, whole);
    if (total === null) continue;
    if (figure(grid, r, target) !== total) return false;
    rows++;
  }
  return rows > 0;
}

/** Whether a title line above the band, the heading over the parts or the target's heading speaks of no result summed. */
function notResult(grid: Grid, band: number[], spanRow: number, first: number, target: Column): boolean {
  for (let r = grid.top; r < band[0]; r++) for (let c = grid.left; c <= grid.right; c++) if (NOT_RESULT.test(grid.text(r, c))) return true;
  if (NOT_RESULT.test(compact(grid.text(spanRow, first)))) return true;
  return target.cells.some((cell) => {
    const at = parseA1(cell);
    return !!at && SHARE.test(compact(grid.text(at.row, at.col)));
  });
}

/** Reads the whole right after a table's spanned parts as its actual, beside a target and no actual (in place in `columns`). */
export function summedWholeBesideParts(index: CellIndex, band: number[], columns: Column[]): void {
  if (columns.some((c) => c.role === 'actual') || !columns.some((c) => c.role === 'target')) return;
  const parts = spannedParts(index, band, columns);
  if (!parts) return;
  const grid = index.grid;
  const col = parts.last + 1;
  const own = columns.find((c) => c.col === col);
  if (col > grid.right || (own && own.role !== 'derived')) return;
  const heads = [...new Map(band.map((row) => grid.anchor(row, col)).map((a) => [a1(a.row, a.col), a])).values()];
  const written = heads.filter((a) => grid.text(a.row, a.col));
  if (!written.length || !written.every((a) => areaOrWhole(grid.text(a.row, a.col)) === 'whole')) return;
  const from = band[band.length - 1] + 1;
  if (!sumsTheParts(grid, from, parts, col)) return;
  const target = columns.find((c) => c.role === 'target')!;
  if (wholeIsTarget(grid, from, col, target.col) || notResult(grid, band, parts.row, parts.first, target)) return;
  const whole: Column = { col, role: 'actual', cells: written.map((a) => a1(a.row, a.col)) };
  if (own) Object.assign(own, whole);
  else columns.splice(columns.filter((c) => c.col < col).length, 0, whole);
}
