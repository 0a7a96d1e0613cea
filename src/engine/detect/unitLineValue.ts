/**
 * The value of a 単位 line: the cell right beside a 単位 label whose whole text is a unit (単位 | 事業 | 目指す方向 | ↑（増加）). It is
 * the line's unit, never a heading of its own, though a counter word may read as one (事業 heads a table's names:
 * values/labels.ts). A block's name is sought above its period row line by line (blockName.ts): a 単位 line holding 事業 there
 * is no 指標名 line, the block's 指標② label above it is.
 */
import { canonicalUnit, unitAt } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';

/** Whether `cell` is the unit written right beside a 単位 label on its line (no cell between them), its text a unit and nothing else. */
export function isUnitLineValue(index: CellIndex, cell: IndexedCell): boolean {
  const unitLabel = index
    .row(cell.row)
    .filter((c) => c.col < cell.col && c.label?.role === 'unit')
    .pop();
  if (!unitLabel) return false;
  const v = valueRightOf(index.grid, cell.row, unitLabel.col, 1);
  if (!v || v.col !== cell.col) return false;
  const t = cell.text.normalize('NFKC').replace(/\s+/g, '');
  return unitAt(t) === canonicalUnit(t);
}
