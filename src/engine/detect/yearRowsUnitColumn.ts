/**
 * A 単位 column among the measures of a block whose years are rows (年度 | 目標値 | 実績値 | 単位), each year's row writing
 * the unit (「％」「千円」): the indicator's unit, when every row that writes one writes the same. Rows writing different
 * units give none (the figures' own units, if any, still say).
 * A unit note on a line of its own above the table (「（単位：％）」, tableUnitNote.ts) is no header row: it gives the unit of every
 * indicator of the table that has none.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { unitFromName, writtenUnit } from '../values/units';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { tableUnitNote, unitFromNote } from './tableUnitNote';
import { unitOfLine } from '../values/unitLine';
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

/** Whether a row holds, within the columns `from`..`to`, nothing but a unit note (「（単位：％）」): no heading of the table's. */
export function onlyUnitNote(index: CellIndex, row: number, from: number, to: number): boolean {
  const cells = index.row(row).filter((c) => c.col >= from && c.col <= to && c.text.trim());
  return cells.length === 1 && !!unitOfLine(cells[0].text);
}

/** The unit noted above the table (tableUnitNote.ts), set on each indicator with none. */
export function unitFromNoteAbove(grid: Grid, index: CellIndex, headerTop: number, block: { from: number; to: number }, found: RawIndicator[]): void {
  unitFromNote(tableUnitNote(grid, index, headerTop, block.from, block.to), found);
}

/** A unit written only in the block's measure headings (目標値（人） | 実績値（人）): the indicator's, when they all agree. */
export function unitFromMeasureHeadings(grid: Grid, headerRow: number, measures: { col: number }[], ind: RawIndicator): void {
  if (ind.unit) return;
  const units = measures.map((m) => ({ unit: unitFromName(grid.text(headerRow, m.col)), cell: a1(headerRow, m.col) }));
  const written = units.filter((u) => u.unit);
  if (!written.length || new Set(written.map((u) => u.unit)).size !== 1) return;
  [ind.unit, ind.unitCell] = [written[0].unit!, written[0].cell];
}
