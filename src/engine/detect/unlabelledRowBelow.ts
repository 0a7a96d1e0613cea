/**
 * An indicator written on two rows, the lower one with no name and no label of its own, only figures under the table's
 * year columns (「水洗化率 | ％ | 95.2 | 95.6 | 96.1 |」 over 「 | | 95.5 | 96.0 | 96.5 | 98.0」), the sheet saying which row
 * holds what in a note (「（上段：実績値／下段：目標値）」): each row's figures are that measure of the column's year, the
 * lower row's the indicator's own, never a row to leave unread. A heading naming a measure (「令和8年度（最終目標）」)
 * keeps its role: only the note's row of that measure is read under it (there the lower).
 * With no such note, the lower rows are read as the targets only when every indicator of the table has one and each
 * fills a target column (最終目標) its upper row leaves blank: a guess (`targets-row-below`) naming the lower row's cells.
 * A lower row holding a word outside the year columns (目標 in a 区分 column) is a labelled row another rule reads.
 */
import { a1 } from '../model/address';
import { classifyLabel, type Role } from '../values/labels';
import { normalizeText } from '../values/text';
import type { Column } from './column';
import { point, withKind } from './common';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import { headingTexts } from './cumulativeTwins';
import { markedForecast } from './forecastColumns';
import { markedProvisional } from './provisionalHeadings';
import type { Point, RawIndicator, TargetPoint } from './types';

type Measure = 'actual' | TargetPoint['kind'];

/** What the sheet says its upper and lower rows hold, and the note's cell. */
interface RowsNote {
  upper: Measure;
  lower: Measure;
  cell: string;
}

/** 「上段：実績値／下段：目標値」「上段は目標、下段は実績」「上段…実績 下段…目標」: each row's measure word. */
const NOTE = /上段(?:[:：]|は|が|に)?([^:：/／、,・。()（）]{1,8}?)(?:を記載|を表示|です)?[/／、,・\s]*下段(?:[:：]|は|が|に)?([^:：/／、,・。()（）]{1,8})/;

/** A measure word read as the role its label has (実績値 actual, 目標値 target, 計画値 / 期待値 expected). */
function measureOf(word: string): Measure | null {
  const role: Role | undefined = classifyLabel(word.replace(/(を記載|を表示|です|の値)$/, ''))?.role;
  return role === 'actual' || role === 'target' || role === 'expected' ? role : null;
}

/** The sheet's note on what its upper and lower rows hold, when it has one naming two different measures. */
export function rowsNote(grid: Grid): RowsNote | null {
  if (!sheetMentions(grid, '下段')) return null;
  for (const { row, col, text } of textCells(grid)) {
    if (text.length > 80) continue;
    const m = NOTE.exec(normalizeText(text).replace(/\s+/g, ''));
    const [upper, lower] = m ? [measureOf(m[1]), measureOf(m[2])] : [null, null];
    if (upper && lower && (upper === 'actual') !== (lower === 'actual')) return { upper, lower, cell: a1(row, col) };
  }
  return null;
}

/** The table's year columns whose figures a row pair splits: a measure's, with a year, not a baseline or a pair cell. */
function yearColumns(columns: Column[]): Column[] {
  return columns.filter((c) => (c.role === 'actual' || c.role === 'target' || c.role === 'expected') && c.period && !c.baseline && !c.pair);
}

/**
 * The row under indicator row `r` when it is that indicator's lower row: not another indicator's, its name cell blank (or
 * the name merged down onto it), every cell of its own standing in a year column, at least one a figure.
 */
function lowerRow(grid: Grid, r: number, nameCol: number, cols: Set<number>, readRows: Set<number>): number | null {
  const b = r + 1;
  if (readRows.has(b) || b > grid.bottom) return null;
  if (grid.anchor(b, nameCol).row === b && grid.text(b, nameCol) !== '') return null;
  let figures = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const a = grid.anchor(b, c);
    if (a.row !== b || a.col !== c || grid.text(b, c) === '') continue;
    if (!cols.has(c)) return null;
    if (point(grid, b, c).parsed.status === 'value') figures++;
  }
  return figures ? b : null;
}

const isActual = (role: Column['role']) => role === 'actual';

/** One row's cell under a column, as the measure the note gives that row; none when it is blank under another measure's heading. */
function cellAs(grid: Grid, row: number, c: Column, measure: Measure, ind: RawIndicator): void {
  const p = point(grid, row, c.col, c.period);
  if (p.parsed.status === 'missing' && isActual(c.role) !== (measure === 'actual')) return;
  // A heading naming a measure keeps it: under 「令和8年度（最終目標）」 only the targets' row is read.
  if (!isActual(c.role) && measure === 'actual') return;
  if (measure === 'actual') {
    // A heading saying its figures are not final (「令和5年度（見込）」) marks the lower row's too, as the upper's.
    const headings = headingTexts(grid, c.cells);
    ind.actuals.push(markedForecast(markedProvisional(p, headings), headings.join(' ')));
  } else ind.targets.push(withKind(p, isActual(c.role) ? measure : (c.role as TargetPoint['kind'])));
}

/**
 * Reads an indicator's two rows under the year columns: the upper as `upper` (its points kept where the column's heading
 * already reads them so, else moved), the lower as `lower`. Under a target's heading with the lower cell blank, the upper
 * row's figure stays the target, as headed.
 */
function readPair(grid: Grid, ind: RawIndicator, lower: number, cols: Column[], note: { upper: Measure; lower: Measure }): void {
  const own = cols.filter((c) => isActual(c.role) || grid.text(lower, c.col) !== '');
  const moved = new Set(own.filter((c) => isActual(c.role) !== (note.upper === 'actual')).map((c) => a1(ind.row, c.col)));
  const keep = (p: Point) => !moved.has(p.cell);
  ind.actuals = ind.actuals.filter(keep);
  ind.targets = ind.targets.filter(keep);
  for (const c of own) {
    if (moved.has(a1(ind.row, c.col))) cellAs(grid, ind.row, c, note.upper, ind);
    cellAs(grid, lower, c, note.lower, ind);
  }
}

/**
 * Without a note: every indicator has a lower row, and each fills a target column its upper row leaves blank. The lower rows are
 * then the targets (the upper ones as headed), a guess naming each lower row's cells.
 */
function targetsBelowGuess(grid: Grid, pairs: [RawIndicator, number][], cols: Column[]): boolean {
  const targetCols = cols.filter((c) => !isActual(c.role));
  if (!targetCols.length || !cols.some((c) => isActual(c.role))) return false;
  const fills = (row: number, c: Column) => grid.text(row, c.col) !== '';
  return pairs.every(([ind, b]) => targetCols.some((c) => fills(b, c) && !fills(ind.row, c)));
}

/** Reads the lower rows of a table side's indicators (`read`, in the side's columns), as the sheet's note says or by a guess. */
export function readRowsBelow(grid: Grid, nameCol: number, columns: Column[], read: RawIndicator[]): void {
  if (read.length < 2) return;
  const cols = yearColumns(columns);
  if (!cols.length) return;
  const colSet = new Set(cols.map((c) => c.col));
  const readRows = new Set(read.map((i) => i.row));
  const pairs: [RawIndicator, number][] = [];
  for (const ind of read) {
    const b = lowerRow(grid, ind.row, nameCol, colSet, readRows);
    if (b) pairs.push([ind, b]);
  }
  if (!pairs.length) return;
  const note = rowsNote(grid);
  if (note) {
    for (const [ind, b] of pairs) readPair(grid, ind, b, cols, note);
    return;
  }
  if (pairs.length !== read.length || !targetsBelowGuess(grid, pairs, cols)) return;
  for (const [ind, b] of pairs) {
    readPair(grid, ind, b, cols, { upper: 'actual', lower: 'target' });
    const cells = cols.filter((c) => grid.text(b, c.col) !== '').map((c) => a1(b, c.col));
    (ind.guesses ??= []).push({ reason: 'targets-row-below', cells });
  }
}
