/**
 * A unit note over a years-as-rows table (「（単位：橋）」 at the right end of the line above its header, or alone on the
 * header band's top line, above the measures' headings): the unit of each column's indicator that has none of its own
 * (a unit in its heading, a unit line or a unit column), as tableUnitNote.ts reads it over a table of rows. So is the one
 * unit note of a band's top line that holds only labelled notes, each 「label：value」 in its own cell (「評価年度：令和５年度」
 * | … | 「単位：人」 over 年度 | measures merged over 目標 | 実績): a line of notes about the table, no heading of it.
 */
import { a1 } from '../model/address';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { oneCellLine, type MetaLine } from './metaLines';
import { tableUnitNote, unitFromNote, unitNoteOf, type UnitNote } from './tableUnitNote';
import type { RawIndicator } from './types';

/** Gives the note's unit to the indicators read from the block (columns `from`..`to`, header rows `band`) that have none; returns them. */
export function unitFromNoteOverYears(grid: Grid, index: CellIndex, band: readonly number[], from: number, to: number, found: RawIndicator[]): RawIndicator[] {
  if (!band.length) return found;
  const notes = notesLineUnit(grid, index, band[0], from, to);
  // The band's top line holding one text alone (the note itself): the note stands over the headings below it.
  const tops = index.row(band[0]).filter((c) => c.text.trim()).length === 1 ? band.slice(0, 2) : band.slice(0, 1);
  const note = notes ? unitNoteOf(notes) : tops.reduce<UnitNote | null>((n, top) => n ?? tableUnitNote(grid, index, top, from, to), null);
  unitFromNote(note, found);
  return found;
}

/**
 * The unit note of a line of notes (two texts or more on the row, every one a 「label：value」 line of its own cell and no
 * heading word, e.g. 「評価年度：令和５年度」 | 「単位：人」): its one 単位 line, within the table's columns or the one right of
 * them; null when a text of the row is anything else (a caption over measures, 「市民体育館（単位：人）」) or two units are noted
 * (each then speaks for its own columns).
 */
export function notesLineUnit(grid: Grid, index: CellIndex, row: number, from: number, to: number): MetaLine | null {
  const cells = index.row(row).filter((c) => c.text.trim());
  if (cells.length < 2) return null;
  const lines = cells.map((c) => (c.label ? null : oneCellLine(grid.fullText(row, c.col), a1(row, c.col))));
  if (lines.some((l) => !l)) return null;
  const units = cells.filter((c, k) => lines[k]!.role === 'unit' || lines[k]!.more?.some((m) => m.role === 'unit'));
  if (units.length !== 1 || units[0].col < from || units[0].col > to + 1) return null;
  const line = lines[cells.indexOf(units[0])]!;
  return line.role === 'unit' ? line : (line.more!.find((m) => m.role === 'unit') ?? null);
}
