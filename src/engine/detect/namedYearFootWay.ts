/**
 * A way line at the foot of a years-as-rows table of names, under its target row:
 *   年度 | 結核新規登録患者数（人） | 食中毒発生件数（件） | 研修参加者数（人）
 *   令和4年度 | 14 | 0 | 128
 *   目標値（令和４年度） | 12 | 3 | 150
 *   目指す方向 | 減少 | 減少 | 増加
 * The period column labels it the targets' way (目指す方向, 目標の方向, 方向), so each cell on it is the way of the column it
 * lies under, as a way line under the names is (namedYearColumns.ts). Only the line next under the target row (one blank
 * row between allowed), with no figure cell under the named columns: a line of figures, or one past another line, is none. A
 * cell of words the reader does not know (「適正化」) is kept to be named, never dropped (unreadDirection.ts).
 */
import { classifyLabel } from '../values/labels';
import type { Grid } from './grid';

/** How far under the target row the way line may stand (a blank row between allowed). */
const WAY_REACH = 2;

/** A cell of the way line: its text and address. */
export interface FootWayCell {
  text: string;
  cell: string;
}

/**
 * The row of the way line under the foot target row `footRow` (labelled a direction in `periodCol`, no figure under
 * `cols`), or null. Stops at the first line holding anything.
 */
export function footWayRow(grid: Grid, periodCol: number, footRow: number, cols: number[]): number | null {
  for (let r = footRow + 1; r <= footRow + WAY_REACH && r <= grid.bottom; r++) {
    const cells = [periodCol, ...cols].map((c) => grid.text(r, c).trim());
    if (cells.every((t) => !t)) continue;
    if (classifyLabel(cells[0])?.role !== 'direction') return null;
    // A figure cell (12, 0.5) makes it a line of figures; a way written with one (「150人以下」) is a cell to read.
    return cols.some((c) => typeof grid.raw(r, c) === 'number') ? null : r;
  }
  return null;
}
