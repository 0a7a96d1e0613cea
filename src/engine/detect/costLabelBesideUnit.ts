/**
 * A cost line whose label and money unit are written in two cells, the label in the column left of the names (a 区分
 * column) and the unit in the name cell, as a 事務事業評価シート closes its indicator rows:
 *   区分   | 指標名   | 単位 | 令和４年度実績 | 令和５年度目標 | 令和５年度実績
 *   事業費 | （千円） |      | 12,340         |                | 13,105
 * is 「事業費（千円）」 in one cell (costHeadings.ts isCostLine): what the project cost, never an indicator with no name. Only
 * a money unit alone in the name cell (in brackets or not) beside a cost label alone, and no figure of the row in another
 * unit than money: 「事業費 | 補助金交付件数」 names an indicator, and 「事業費 | （件）」 counts something else.
 */
import { holdsOtherUnit, isCostLabel } from './costHeadings';
import type { Grid } from './grid';

const MONEY_UNIT_ALONE = /^[(（]?(?:単位[:：])?(?:千|百万|万|億)?円[)）]?$/;

/** Whether the row's name cell holds a money unit alone beside a cost label in the cell on its left. */
export function isCostLabelBesideUnit(grid: Grid, row: number, nameCol: number, cols: number[]): boolean {
  if (nameCol <= grid.left || !MONEY_UNIT_ALONE.test(grid.text(row, nameCol).replace(/\s+/g, ''))) return false;
  const left = grid.anchor(row, nameCol - 1);
  return isCostLabel(grid.text(left.row, left.col)) && !holdsOtherUnit(grid, row, cols);
}
