/**
 * A way mark written on a block's 単位 line right after the unit, with no 方向 label of its own
 * (指標② | 遊休農地面積 | 単位 | ha | ↓（減少）): the clerk's arrow for which way the indicator should go, as on a 方向 line.
 * Only the first cell right of the unit counts, and only an arrow, alone or with one way word agreeing with it
 * (「↓」「↑（増加）」「↓減少」: directionMark); a bare word (「減少」, maybe a remark on the figures), a label between
 * (単位 | ha | 傾向 | ↓: the figures' trend) or any other text states no way.
 */
import { a1, parseA1 } from '../model/address';
import { directionMark } from '../values/directionWords';
import type { Direction } from '../values/labels';
import { normalizeText } from '../values/text';
import { valueRightOf } from './common';
import type { Grid } from './grid';

const ARROW = /[↑⇧⬆↗➚➶⤴⇑↓⇩⬇↘➘➴⤵⇓→⇨➡⇒]/;

/** The way stated by the mark right of the unit cell (A1) within the block's last column, or null. */
export function wayRightOfUnit(grid: Grid, unitCell: string, right: number): { value: Direction; cell: string; text: string } | null {
  const at = parseA1(unitCell);
  if (!at) return null;
  const v = valueRightOf(grid, at.row, at.col, 3, right);
  if (!v || !ARROW.test(normalizeText(v.text))) return null;
  const value = directionMark(v.text);
  return value ? { value, cell: a1(v.row, v.col), text: v.text } : null;
}
