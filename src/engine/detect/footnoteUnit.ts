/**
 * A unit cell that only points to a footnote (「※1」「注2」「*3」): the mark refers to the footnote line that starts with the same
 * mark (「※1 単位：千t-CO2（二酸化炭素換算）。削減を目指す指標です。」), and that footnote's unit is the indicator's. A bare mark is
 * never a unit: with no footnote of that mark (or several, or one naming no unit) the row has no unit from this cell.
 */
import type { Grid } from './grid';
import { textCells } from './sheetTexts';
import { a1, parseA1 } from '../model/address';
import { writtenUnit } from '../values/units';
import { remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import type { RawIndicator } from './types';

/** A cell holding nothing but a footnote mark, optionally numbered and bracketed: its mark, normalised (「※1」, 「注2」). */
const BARE_MARK = /^[(（]?(※|\*|注)\s*(\d*)[)）]?$/;

/** The unit a footnote states: the words after 単位： up to the first bracket, stop, comma or space. */
const FOOTNOTE_UNIT = /単位\s*[:：]\s*([^\s。、，,（(）)]+)/;

/** The mark a bare footnote-mark cell holds (「※1」 → 「※1」, 「（注2）」 → 「注2」), or null when the cell holds anything else. */
export function bareFootnoteMark(text: string): string | null {
  const m = BARE_MARK.exec(text.normalize('NFKC').trim());
  return m ? m[1] + m[2] : null;
}

/** Whether a line is the footnote of `mark`: it starts with the mark, and a numbered mark is not followed by another digit. */
function startsWithMark(line: string, mark: string): boolean {
  const t = line
    .normalize('NFKC')
    .trim()
    .replace(/^[(（]/, '');
  if (!t.startsWith(mark)) return false;
  const rest = t.slice(mark.length).replace(/^[)）]/, '');
  return rest.length > 0 && !/^\d/.test(rest) && !/^\s*$/.test(rest);
}

/** The footnote of `mark` on the sheet (the one line starting with it, outside `except`), or null when none or several. */
export function footnoteOf(grid: Grid, mark: string, except: string): { text: string; cell: string } | null {
  const found: { text: string; cell: string }[] = [];
  for (const { row, col, text: value } of textCells(grid)) {
    if (a1(row, col) === except) continue;
    if (startsWithMark(value, mark)) found.push({ text: value, cell: a1(row, col) });
  }
  return found.length === 1 ? found[0] : null;
}

/** The unit a footnote states (「※3 単位：％」 → ％), or null when it states none. */
export function footnoteUnit(text: string): string | null {
  return FOOTNOTE_UNIT.exec(text.normalize('NFKC'))?.[1] ?? null;
}

/**
 * An indicator whose unit cell holds only a footnote mark: the unit of that mark's footnote (the footnote's cell is then its unit
 * cell) and the aims it states, as words about its direction; no unit when the footnote names none or is not found once.
 */
export function unitFromFootnote(grid: Grid, ind: RawIndicator): void {
  const at = ind.unitCell ? parseA1(ind.unitCell) : null;
  const mark = at ? bareFootnoteMark(grid.text(at.row, at.col)) : null;
  if (!mark) return;
  const note = footnoteOf(grid, mark, ind.unitCell!);
  const unit = note && footnoteUnit(note.text);
  delete ind.unit;
  delete ind.unitCell;
  if (unit) [ind.unit, ind.unitCell] = [writtenUnit(unit), note.cell];
  if (note) ind.wordsForDirection = `${ind.wordsForDirection} ${remarkAims(note.text, (o, p) => aimSpeaksOf(o, ind.name, p))}`.trim();
}
