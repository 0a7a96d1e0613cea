/**
 * The one indicator a remark naming none belongs to, as a clerk places a 備考 or 注記 cell: the indicator on its row or whose
 * name stands on its line (「①-1 | 名 | ※減少を目指す指標」 over a block's figure rows); else the indicator whose block holds
 * it — the rows from its name's line to its last figure's (a merged remark counts each of its rows), the columns from its
 * first cell to two past its last (the block's 備考 column beside its figures: 「※値が小さいほど良い指標」 in I22:I24 beside
 * a block of C21:H24). A remark on the line of several indicators, or in the blocks of several (tables side by side on the
 * same rows, a column of years under several names), belongs to none.
 */
import { parseA1 } from '../model/address';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** A cell of the sheet (sheet-local A1 only; another sheet's cell, 'S!A1', is no part of the block). */
const at = (cell: string | undefined) => (cell && !cell.includes('!') ? parseA1(cell) : null);

/** The rows and columns the indicator's own cells span, or null when it has none on the sheet. */
function blockOf(ind: RawIndicator): { top: number; bottom: number; left: number; right: number } | null {
  const cells = [ind.nameCell, ind.unitCell, ind.noteCell, ind.descriptionCell, ind.gradeCell?.cell].map(at);
  const points = [...ind.actuals, ...ind.targets, ...ind.baselines].map((p) => ({ row: p.row, col: p.col }));
  const all = [...cells, ...points].filter((c): c is { row: number; col: number } => !!c);
  if (!all.length) return null;
  const rows = all.map((c) => c.row);
  const cols = all.map((c) => c.col);
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
}

/** The one indicator on the remark's line (its row or its name's), else the one whose block holds it; null when none or several. */
export function remarkOwner(grid: Grid, remark: { row: number; col: number }, indicators: RawIndicator[]): RawIndicator | null {
  const nameRow = (ind: RawIndicator) => at(ind.nameCell)?.row ?? null;
  const onRow = indicators.filter((ind) => ind.row === remark.row || nameRow(ind) === remark.row);
  if (onRow.length) return onRow.length === 1 ? onRow[0] : null;
  const merged = grid.merge(remark.row, remark.col);
  const [top, bottom] = merged ? [merged.top, merged.bottom] : [remark.row, remark.row];
  const holding = indicators.filter((ind) => {
    const b = blockOf(ind);
    return !!b && top <= b.bottom && bottom >= b.top && remark.col >= b.left && remark.col <= b.right + 2;
  });
  return holding.length === 1 ? holding[0] : null;
}
