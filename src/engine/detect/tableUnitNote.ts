/**
 * A unit note above a table, on a line of its own between the title and the header (「（単位：％）」「単位：人」): the unit of every
 * row that has no other. A note naming several units (「（単位：件、人ほか）」) gives none.
 */
import { writtenUnit } from '../values/units';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { metaLinesAbove } from './metaLines';
import type { RawIndicator } from './types';

const SEVERAL = /[、,，・/／]|ほか|他|等|など|及び/;

/** The one unit noted above the header (rows right above it, within the table's columns or the one right of them), or null. */
export function tableUnitNote(grid: Grid, index: CellIndex, headerTop: number, lo: number, hi: number): { unit: string; cell: string } | null {
  const units = metaLinesAbove(grid, index, headerTop, 3, { from: lo, to: hi + 1 }).filter((l) => l.line.role === 'unit');
  if (units.length !== 1) return null;
  const { value, cell } = units[0].line;
  if (!value || value.length > 12 || SEVERAL.test(value)) return null;
  return { unit: writtenUnit(value), cell };
}

/** Gives the noted unit to the rows with none of their own. */
export function unitFromNote(note: { unit: string; cell: string } | null, read: RawIndicator[]): void {
  if (!note) return;
  for (const ind of read) if (!ind.unit && !ind.unitCell) [ind.unit, ind.unitCell] = [note.unit, note.cell];
}
