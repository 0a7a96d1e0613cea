/**
 * A 単位 column among the measures of a block whose years are rows (年度 | 目標値 | 実績値 | 単位), each year's row writing
 * the unit (「％」「千円」): the indicator's unit, when every row that writes one writes the same. Rows writing different
 * units give none (the figures' own units, if any, still say).
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { writtenUnit } from '../values/units';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** The unit of the block's 単位 column on its year rows, set on `ind` unless it has one. */
export function unitFromUnitColumn(grid: Grid, headerRow: number, cols: number[], rows: { row: number }[], ind: RawIndicator): void {
  if (ind.unit) return;
  const col = cols.find((c) => classifyLabel(grid.text(headerRow, c))?.role === 'unit');
  if (col === undefined) return;
  const written = rows.map((r) => ({ text: grid.text(r.row, col).trim(), cell: a1(r.row, col) })).filter((u) => u.text && u.text.length <= 12);
  if (!written.length || new Set(written.map((u) => writtenUnit(u.text))).size !== 1) return;
  [ind.unit, ind.unitCell] = [writtenUnit(written[0].text), written[0].cell];
}
