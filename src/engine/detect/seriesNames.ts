/**
 * The names column of a period matrix whose heading is no name word (「項目」「まちづくり指標」):
 * KPI names merged over their 目標 / 実績 rows (or written on the first of them), left of the series labels,
 * under a heading cell on the period row. Taken only when every series row's cell in that column shows a
 * name (its own or one merged down over it) and at least two different names, so that a policy block whose
 * name stands above its period row keeps reading it there.
 */
import type { CellIndex } from './cells';
import { looksLikeName } from './names';

/** The column left of `labelCol` (nearest first) under a heading on `periodRow` that names every series row. */
export function namesBesideSeries(index: CellIndex, periodRow: number, left: number, labelCol: number, seriesRows: number[]): number | undefined {
  const grid = index.grid;
  for (let col = labelCol - 1; col >= left; col--) {
    const head = index.at(periodRow, col);
    if (!head || head.row !== periodRow || head.period) continue;
    if (head.label && head.label.role !== 'name') continue;
    const names = new Set<string>();
    let named = true;
    for (const r of seriesRows) {
      const a = grid.anchor(r, col);
      const text = grid.text(a.row, a.col);
      // An empty cell continues the name above it (written on the 目標 row only), never the first.
      if (text ? !looksLikeName(text) : names.size === 0) {
        named = false;
        break;
      }
      if (text) names.add(`${a.row}:${a.col}`);
    }
    if (named && (names.size >= 2 || onePairMerged(grid, col, seriesRows))) return col;
  }
  return undefined;
}

/**
 * One name merged down over exactly the block's two lines, a target and an actual (体験メニュー | 区分 over one menu's 計画 /
 * 実績 lines, review rv81 item 3): it names them as a column of names would.
 */
function onePairMerged(grid: CellIndex['grid'], col: number, seriesRows: number[]): boolean {
  if (seriesRows.length !== 2) return false;
  const m = grid.merge(seriesRows[0], col);
  return !!m && m.top === seriesRows[0] && m.bottom === seriesRows[1] && m.left === col && m.right === col;
}
