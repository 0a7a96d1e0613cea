/**
 * A way mark written on a block's 単位 line right after the unit, with no 方向 label of its own
 * (指標② | 遊休農地面積 | 単位 | ha | ↓（減少）): the clerk's arrow for which way the indicator should go, as on a 方向 line.
 * Only the cell right beside the unit counts, and only an up or down arrow, alone or with one way word agreeing with it
 * (「↓」「↑（増加）」「↓減少」: directionMark); a bare word (「減少」, maybe a remark on the figures), a label between
 * (単位 | ha | 傾向 | ↓: the figures' trend) or any other text states no way. Review rv63: the mark is no way either when
 * anything is written after it on the line (単位 | 人 | ↓ | （前年比）: a trend), when it lies a cell further off, when it is
 * slanting (↗: a trend) or sideways, when another cell of the block says a way (the name's 「（↑）」, a 指標の方向性 | 減少
 * line), or when the block's expected values run the other way from first to last (an arrow of the figures' trend).
 */
import { a1, parseA1 } from '../model/address';
import { directionMark } from '../values/directionWords';
import type { Direction } from '../values/labels';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';

const ARROW = /[↑⇧⬆⇑↓⇩⬇⇓↗➚➶⤴↘➘➴⤵→⇨➡⇒]/;
const VERTICAL = /^[^↗➚➶⤴↘➘➴⤵→⇨➡⇒]*[↑⇧⬆⇑↓⇩⬇⇓][^↗➚➶⤴↘➘➴⤵→⇨➡⇒]*$/;

/** The block around the unit line: its rows (unit line to the last figures' line, and two after) and its expected / target rows. */
export interface UnitLineBlock {
  lastRow: number;
  left: number;
  right: number;
  planRows: number[];
}

/** A cell other than the mark that says a way: an arrow, a 方向 word, or a short way word (「減少」「（↑）」). */
function saysWay(text: string): boolean {
  const t = normalizeText(text);
  return ARROW.test(t) || /方向/.test(t) || directionMark(t) !== null;
}

/** Another cell of the block says a way (the name's 「（↑）」, 指標の方向性 | 減少 under the figures). */
function otherWay(grid: Grid, unitRow: number, mark: { row: number; col: number }, block: UnitLineBlock): boolean {
  for (let r = unitRow; r <= Math.min(block.lastRow + 2, grid.bottom); r++)
    for (let c = block.left; c <= grid.right; c++) {
      const a = grid.anchor(r, c);
      if (a.row !== r || a.col !== c || (r === mark.row && c === mark.col)) continue;
      if (r !== unitRow && c > block.right) continue;
      const t = grid.text(r, c);
      if (t && saysWay(t)) return true;
    }
  return false;
}

/** The block's expected / target values run against the way from first to last (an arrow of the figures' trend). */
function runsAgainst(grid: Grid, way: Direction, block: UnitLineBlock): boolean {
  return block.planRows.some((r) => {
    const xs: number[] = [];
    for (let c = block.left; c <= block.right; c++) {
      const v = grid.value(r, c);
      if (typeof v === 'number') xs.push(v);
    }
    if (xs.length < 2 || xs[0] === xs[xs.length - 1]) return false;
    const rises = xs[xs.length - 1] > xs[0];
    return way === 'up' ? !rises : way === 'down' ? rises : true;
  });
}

/** The way stated by the mark right beside the unit cell (A1) within the block, or null. */
export function wayRightOfUnit(grid: Grid, unitCell: string, block: UnitLineBlock): { value: Direction; cell: string; text: string } | null {
  const at = parseA1(unitCell);
  if (!at) return null;
  const col = grid.rightEdge(at.row, at.col) + 1;
  if (col > block.right || col > grid.right) return null;
  const text = grid.text(at.row, col);
  const t = normalizeText(text);
  if (!text || !ARROW.test(t) || !VERTICAL.test(t)) return null;
  // Nothing written after the mark on the line (単位 | 人 | ↓ | （前年比）: the figures' trend year on year).
  for (let c = grid.rightEdge(at.row, col) + 1; c <= grid.right; c++) if (grid.text(at.row, c)) return null;
  const value = directionMark(text);
  if (!value || otherWay(grid, at.row, { row: at.row, col }, block) || runsAgainst(grid, value, block)) return null;
  return { value, cell: a1(at.row, col), text };
}
