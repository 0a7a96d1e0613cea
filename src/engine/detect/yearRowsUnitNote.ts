/**
 * A unit note over a years-as-rows table (「（単位：橋）」 at the right end of the line above its header, or alone on the
 * header band's top line, above the measures' headings): the unit of each column's indicator that has none of its own
 * (a unit in its heading, a unit line or a unit column), as tableUnitNote.ts reads it over a table of rows.
 */
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { tableUnitNote, unitFromNote, type UnitNote } from './tableUnitNote';
import type { RawIndicator } from './types';

/** Gives the note's unit to the indicators read from the block (columns `from`..`to`, header rows `band`) that have none; returns them. */
export function unitFromNoteOverYears(grid: Grid, index: CellIndex, band: readonly number[], from: number, to: number, found: RawIndicator[]): RawIndicator[] {
  if (!band.length) return found;
  // The band's top line holding one text alone (the note itself): the note stands over the headings below it.
  const tops = index.row(band[0]).filter((c) => c.text.trim()).length === 1 ? band.slice(0, 2) : band.slice(0, 1);
  const note = tops.reduce<UnitNote | null>((n, top) => n ?? tableUnitNote(grid, index, top, from, to), null);
  unitFromNote(note, found);
  return found;
}
