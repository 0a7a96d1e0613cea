/**
 * The header cells beside a period run: those on the run's own row, and a heading merged down onto that row from
 * the rows above (「目標値（Ｒ７）」 merged over two header rows, beside 「年度」 over 「Ｒ３ Ｒ４ Ｒ５ Ｒ６」). A heading
 * merged down to the period row heads its column as one written on that row does: its final target, baseline or grade
 * column is read the same way.
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import type { Segment } from './blockTypes';

export function runHeaderCells(grid: Grid, index: CellIndex, seg: Segment, labelCol: number): IndexedCell[] {
  const { run } = seg;
  const beside = (c: IndexedCell) => (c.col >= seg.left && c.col < run.start && c.col !== labelCol) || (c.col > run.end && c.col <= seg.right);
  const cells = index.row(run.row).filter(beside);
  for (let col = seg.left; col <= seg.right; col++) {
    if (col >= run.start && col <= run.end) continue;
    const m = grid.merge(run.row, col);
    if (!m || m.top >= run.row || m.left !== col || m.bottom !== run.row) continue;
    const cell = index.at(run.row, col);
    if (cell && beside(cell)) cells.push(cell);
  }
  return cells.sort((a, b) => a.col - b.col);
}
