/**
 * A sheet's own rating labelled as a self-evaluation (「区の自己評価」「自己評価」「担当課の自己評価」) in its header area,
 * with an empty cell or a grade beside it and last year's grade noted further along its row (「（前年度：A）」「（B）」): a
 * clerk reads the cell beside the label as the rating to report or fill, even while it is empty, though the sheet names no
 * 施策. Without the note of last year's grade the label may head a table's column or a remark: no rating of the sheet.
 */
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { ratingLabelText } from './ratingRows';
import { cellBeside } from './spacerColumns';
import { parseBracketGrade, parseGrade } from '../values/values';

/** 自己評価, qualified by who wrote it (区の, 市の, 担当課の). */
const SELF = /^(?:\S{1,6}の)?自己評価$/;

/** How many cells past the one beside the label are looked at for last year's note. */
const REACH = 3;

/** Whether a row of a sheet's header is a row of a table's headings (two or more labels or periods): the header area ends there. */
function headings(cells: IndexedCell[]): boolean {
  return cells.filter((c) => c.period || (c.label && ['name', 'id', 'actual', 'target', 'expected', 'baseline', 'unit'].includes(c.label.role))).length >= 2;
}

/** Last year's bracketed grade on the row past the cell `beside`, within reach. */
function previousNoted(grid: Grid, beside: { row: number; col: number }, scale: { grade: string; label: string }[]): boolean {
  for (let col = grid.rightEdge(beside.row, beside.col) + 1, n = 0; col <= grid.right && n < REACH; col = grid.rightEdge(beside.row, col) + 1, n++) {
    if (grid.anchor(beside.row, col).row !== beside.row || !grid.text(beside.row, col)) continue;
    return !!parseBracketGrade(grid.raw(beside.row, col), scale);
  }
  return false;
}

/** The self-evaluation labels of the sheet's header area, each beside an empty cell or a grade with last year's noted after it. */
export function selfRatingLabels(grid: Grid, index: CellIndex, scale: { grade: string; label: string }[]): IndexedCell[] {
  const rows = [...index.rows.entries()].sort((a, b) => a[0] - b[0]);
  for (const [, cells] of rows) {
    if (headings(cells)) return [];
    const found = cells.filter((c) => {
      if (!SELF.test(ratingLabelText(c.text))) return false;
      const beside = cellBeside(grid, index, c);
      if (!beside || beside.col > grid.right) return false;
      const text = grid.text(beside.row, beside.col);
      return (text === '' || !!parseGrade(grid.raw(beside.row, beside.col), scale)?.grade) && previousNoted(grid, beside, scale);
    });
    if (found.length) return found;
  }
  return [];
}
