/**
 * Where another block whose years are rows stands beside this one on the same rows (blocks tiled across): a column holding
 * years again on the block's first two year rows, in order, as an axis is written (R4 | R5, 2022 | 2023). Figures that happen
 * to read as years (a target of 2,000 t each year, 2000 | 2000; or 1700 | 1800, a century apart) are a measure's column of
 * this block, never another block's years; nor is a column of days inside each row's year (実施日: rowEventDates.ts).
 */
import { periodOrder, type Period } from '../values/periods';
import { plausibleAxis, type CellIndex } from './cells';
import { datesRowYears } from './rowEventDates';

/** Whether `col` holds another block's years on the rows of the period column's first two years. */
export function tiledYears(index: CellIndex, rows: readonly { row: number; period: Period }[], col: number): boolean {
  if (rows.length < 2 || datesRowYears(index, rows, col)) return false;
  const [a, b] = [index.at(rows[0].row, col), index.at(rows[1].row, col)];
  if (!a?.period || !b?.period) return false;
  return periodOrder(b.period.period) > periodOrder(a.period.period) && plausibleAxis([a, b]);
}
