/**
 * A unit note above a table, on a line of its own between the title and the header (「（単位：％）」「単位：人」), or closing the
 * table's title row at its right end (「１　「する」スポーツ | … | （単位：人）」): the unit of every row that has no other. A note
 * naming several units (「（単位：件、人ほか）」) gives none, but for a money unit listed with ％ (「（単位：千円、％）」): ％ for the rows whose figures are rates, nor one pointing to the rows (「単位：各欄記載」). So does a caption alone on the line right above the header that closes with
 * its unit in brackets (「１　路線別の年間利用者数（単位：人）」).
 */
import { a1 } from '../model/address';
import { pointsToUnits } from '../values/unitLine';
import { writtenUnit } from '../values/units';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { metaLinesAbove, oneCellLine, type MetaLine } from './metaLines';
import type { RawIndicator } from './types';
import { RATIO_NAME } from './names';
import { listedCounters, listedUnitOf } from './listedUnits';

const SEVERAL = /[、,，・/／]|ほか|他|等|など|及び/;

/** A unit noted above a table: the cell it is written in; `ratesOnly` when it is the ％ of a list (「千円、％」), for rate rows alone. */
export interface UnitNote {
  unit: string;
  cell: string;
  ratesOnly?: boolean;
  /** Counters listed with no word on which is whose (「単位：台、人」): each row takes the one its heading counts (listedUnits.ts). */
  listed?: string[];
}

/** The one unit noted above the header (rows right above it, within the table's columns or the one right of them), or null. */
export function tableUnitNote(grid: Grid, index: CellIndex, headerTop: number, lo: number, hi: number): UnitNote | null {
  const units = metaLinesAbove(grid, index, headerTop, 3, { from: lo, to: hi + 1 }).filter((l) => l.line.role === 'unit');
  const line =
    units.length === 1
      ? units[0].line
      : units.length
        ? null
        : (titleRowUnit(grid, index, headerTop, lo, hi + 1) ??
          captionUnit(grid, index, headerTop, lo, hi + 1) ??
          leadingUnit(grid, index, headerTop, lo, hi + 1) ??
          trailingUnit(grid, index, headerTop, lo, hi + 1) ??
          headingSpanUnit(grid, index, headerTop, lo, hi));
  return line ? unitNoteOf(line) : null;
}

/** The unit a 単位 line notes (「単位：人」), or null when it names several units or points to the rows (「単位：各欄記載」). */
export function unitNoteOf(line: MetaLine): UnitNote | null {
  const { cell } = line;
  const value = rateAndItsChange(line.value) ?? line.value;
  if (rateAmongAmounts(value)) return { unit: writtenUnit('％'), cell, ratesOnly: true };
  const listed = listedCounters(value);
  if (listed) return { unit: '', cell, listed };
  // 「単位：各欄記載」: the units are in the rows, the note names none.
  if (!value || value.length > 12 || SEVERAL.test(value) || pointsToUnits(value)) return null;
  return { unit: writtenUnit(value), cell };
}

/**
 * A unit note closing the title row right above the header: the row's last text in the table's columns is a 「（単位：人）」
 * line, left of it a title and nothing more (one or two cells, none of them a figure).
 */
function titleRowUnit(grid: Grid, index: CellIndex, headerTop: number, from: number, to: number): MetaLine | null {
  const row = headerTop - 1;
  if (row < grid.top) return null;
  const inTable = index.row(row).filter((c) => c.col >= from && c.col <= to);
  const cells = inTable.filter((c) => c.text.trim());
  if (cells.length < 2 || cells.length > 3 || inTable.some((c) => typeof grid.raw(row, c.col) === 'number')) return null;
  const last = cells[cells.length - 1];
  if (cells.slice(0, -1).some((c) => c.label || /^[\d,.．，\s]+$/.test(c.text.trim()))) return null;
  const line = oneCellLine(grid.fullText(row, last.col), a1(row, last.col));
  return line?.role === 'unit' ? line : null;
}

/** A name that counts (件数, 人数, 回数, 受講者数, 団員数): its figure is never in per cent. */
const COUNT_NAME = /(数|件|人|回)$/;
const PER_CENT = /^(?:%|％)$/;

/**
 * A unit note over the far end of the heading (「（単位：％）」 above 令和７年度（参考・進行中）, right of the columns read): the
 * heading row runs on unbroken past the table's columns, the note speaks for the whole heading, the rows read included.
 */
function headingSpanUnit(grid: Grid, index: CellIndex, headerTop: number, lo: number, hi: number): MetaLine | null {
  let end = hi;
  while (end < grid.right && grid.text(headerTop, end + 1).trim()) end++;
  if (end <= hi + 1) return null;
  const units = metaLinesAbove(grid, index, headerTop, 3, { from: lo, to: end }).filter((l) => l.line.role === 'unit');
  return units.length === 1 ? units[0].line : null;
}

/** The units a ratio is written in. */
const RATIO_UNIT = /^(?:%|％|ポイント|pt|割|倍)$/i;

/**
 * Gives the noted unit to the rows with none of their own; a ratio's row (「相談者の満足度」 under 「（単位：件）」) takes only a
 * ratio's unit (a ratio's name, names.ts RATIO_NAME): the note speaks of the table's counts; a count's row (「受講者数」 under
 * 「単位：％」) never takes ％.
 */
export function unitFromNote(note: UnitNote | null, read: RawIndicator[], headingAt?: (col: number) => string): void {
  if (!note) return;
  const ratioUnit = RATIO_UNIT.test(note.unit.trim());
  for (const ind of read) {
    if (ind.unit || ind.unitCell || figuresWithOwnUnit(ind)) continue;
    if (note.listed) {
      const unit = headingAt
        ? listedUnitOf(
            note.listed,
            pointsOf(ind).map((p) => headingAt(p.col)),
            ind.name,
          )
        : null;
      if (unit) [ind.unit, ind.unitCell, ind.unitNoted] = [writtenUnit(unit), note.cell, true];
      continue;
    }
    const bare = ind.name.replace(/[(（][^()（）]*[)）]\s*$/, '').trim();
    if (note.ratesOnly && !RATIO_NAME.test(bare) && !underRateHeading(ind, headingAt)) continue;
    if (!ratioUnit && RATIO_NAME.test(bare)) continue;
    // 「消防団員数」「受講者数」 under 「単位：％」: a count is never in per cent.
    if (PER_CENT.test(note.unit.trim()) && COUNT_NAME.test(bare) && !RATIO_NAME.test(bare)) continue;
    [ind.unit, ind.unitCell, ind.unitNoted] = [note.unit, note.cell, true];
  }
}

/** A heading naming a rate (収納率, 目標収納率, 割合): its column's figures are per cent under a 「千円、％」 note. */
const RATE_HEADING = /(?:率|割合)(?:[(（][^()（）]*[)）])?$/;

/** The row's figures: its targets and actuals. */
const pointsOf = (ind: RawIndicator) => [...ind.targets, ...ind.actuals];

/** Whether the row's figures (its actuals, else its targets) stand under headings that name a rate. */
function underRateHeading(ind: RawIndicator, headingAt?: (col: number) => string): boolean {
  if (!headingAt) return false;
  const points = ind.actuals.length ? ind.actuals : ind.targets;
  const heading = (col: number) => headingAt(col).normalize('NFKC').replace(/\s+/g, '');
  return points.length > 0 && points.every((p) => RATE_HEADING.test(heading(p.col)));
}

/**
 * Whether the row's figures are written with units of their own (「受入児童数　１，２００人」): the note above speaks for
 * bare numbers (a 予算現額 | 決算額 column in 千円 beside them), not for figures that name their unit.
 */
function figuresWithOwnUnit(ind: RawIndicator): boolean {
  const points = [...ind.targets, ...ind.actuals].filter((p) => p.parsed.status === 'value');
  const unitOf = (p: (typeof points)[number]) => p.parsed.unit ?? p.parsed.measures?.find((q) => q.unit)?.unit;
  return points.length > 0 && points.every((p) => unitOf(p) !== undefined);
}

/** 「…（単位：人）」 closing the one text of the line right above the header: a caption stating the unit of its table. */
const CAPTION_UNIT = /[(（]\s*単\s*位\s*[:：]\s*([^()（）]{1,12})[)）]\s*$/;

function captionUnit(grid: Grid, index: CellIndex, headerTop: number, from: number, to: number): MetaLine | null {
  const row = headerTop - 1;
  if (row < grid.top) return null;
  const cells = index.row(row).filter((c) => c.col >= from && c.col <= to && (c.text.trim() || typeof grid.raw(row, c.col) === 'number'));
  if (cells.length !== 1 || !cells[0].text) return null;
  const m = CAPTION_UNIT.exec(grid.fullText(row, cells[0].col).trim());
  return m ? { label: '単位', value: m[1].trim(), role: 'unit', cell: a1(row, cells[0].col), text: cells[0].text } : null;
}

/** A line opening with its unit note, 「（単位：％、ポイント）　本調査は隔年で実施…」: the bracket's units, the sentences after it aside. */
const LEADING_UNIT = /^[(（]\s*単\s*位\s*[:：]\s*([^()（）]{1,12})[)）]\s*\S/;

/** A note line (rows right above the header, one text in the table's columns) opening with a 「（単位：…）」 bracket and going on. */
function leadingUnit(grid: Grid, index: CellIndex, headerTop: number, from: number, to: number): MetaLine | null {
  for (let row = headerTop - 1; row >= Math.max(grid.top, headerTop - 3); row--) {
    const cells = index.row(row).filter((c) => c.col >= from && c.col <= to && (c.text.trim() || typeof grid.raw(row, c.col) === 'number'));
    if (cells.length !== 1 || !cells[0].text) continue;
    const m = LEADING_UNIT.exec(grid.fullText(row, cells[0].col).trim());
    if (m) return { label: '単位', value: m[1].trim(), role: 'unit', cell: a1(row, cells[0].col), text: cells[0].text };
  }
  return null;
}

/**
 * A note line closing with its unit after a space, 「調査期間：令和5年7月…（回収率41.8％）　単位：％」: the last part's unit (a
 * survey's figures). Only a part of its own at the line's end, after white space, speaks for the table.
 */
const TRAILING_UNIT = /\s[(（]?\s*単\s*位\s*[:：]\s*([^\s()（）]{1,12})\s*[)）]?\s*$/;

function trailingUnit(grid: Grid, index: CellIndex, headerTop: number, from: number, to: number): MetaLine | null {
  for (let row = headerTop - 1; row >= Math.max(grid.top, headerTop - 3); row--) {
    const cells = index.row(row).filter((c) => c.col >= from && c.col <= to && (c.text.trim() || typeof grid.raw(row, c.col) === 'number'));
    if (cells.length !== 1 || !cells[0].text) continue;
    const text = grid
      .fullText(row, cells[0].col)
      .replace(/\u3000/g, ' ')
      .trim();
    const m = TRAILING_UNIT.exec(text);
    if (m && explainsTerm(text.slice(0, m.index), headingsOf(index, headerTop))) return null;
    if (m) return { label: '単位', value: m[1].trim(), role: 'unit', cell: a1(row, cells[0].col), text: cells[0].text };
  }
  return null;
}

/** A rate the note may explain (「達成率は実績値÷目標値」): its unit is that column's, not the rows'. */
const RATE_TERM = /達成率|割合/;

/** The header row's headings, as written without white space. */
function headingsOf(index: CellIndex, headerTop: number): string[] {
  return index
    .row(headerTop)
    .map((c) => c.text.replace(/\s+/g, ''))
    .filter(Boolean);
}

/**
 * Whether the note before the unit explains a term or a column (「（注）達成率は実績値÷目標値」): it speaks of a rate (達成率, 割合)
 * or its subject (「Xは」) is one of the header's headings; its unit is then that column's, not the table's.
 */
function explainsTerm(before: string, headings: string[]): boolean {
  if (RATE_TERM.test(before)) return true;
  const subject = /([^\s（()）：:※]+?)は/.exec(before)?.[1];
  return !!subject && headings.includes(subject);
}

/** 「千円、％」「人・％」: ％ and one or two short units of amounts (no ほか／等, no 各欄). */
function rateAmongAmounts(value: string): boolean {
  const parts = value.split(/[、,，・/／]/).map((p) => p.trim().normalize('NFKC'));
  if (parts.length < 2 || parts.length > 3 || parts.filter((p) => p === '%').length !== 1) return false;
  return parts.every(
    (p) => p === '%' || (p.length <= 3 && !/ほか|他|等|など|及び|各|ポイント|pt/i.test(p) && /^[\p{Script=Han}\p{Script=Katakana}a-zA-Z㎡㎥]+$/u.test(p)),
  );
}

/**
 * 「％、ポイント」: a rate and the change of a rate, in points (a 増減 column's). The rows' figures are the rates: ％. Any other
 * list of units gives none (null here, SEVERAL after).
 */
function rateAndItsChange(value: string): string | null {
  const parts = value.split(/[、,，・/／]/).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const rate = parts.find((p) => /^(?:%|％)$/.test(p));
  return rate && parts.some((p) => /^(?:ポイント|pt|ﾎﾟｲﾝﾄ)$/i.test(p)) ? rate : null;
}
