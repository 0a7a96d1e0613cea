/**
 * Long tables, as a database exports them: one row per indicator, year and measure
 * (指標名 | 年度 | 区分 | 値, the 区分 cell saying 目標 / 実績 / 基準値), or one row per indicator and year
 * with the measures as columns (指標名 | 年度 | 目標 | 実績). The rows of one indicator (by its ID,
 * else its name) become one indicator whose figures carry their row's year, so the evaluation
 * period picks among them as among period columns. A table is long only when some indicator
 * recurs on rows of different years: a one-row-per-indicator table is the table reader's.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { CellIndex } from './cells';
import { namedIndicator, point, withKind } from './common';
import { readWayCell } from './unreadDirection';
import { cleanName, isNotAName } from './names';
import type { Point, RawIndicator } from './types';
import { classifyLabel, SERIES_ROLES, type Label, type Role } from '../values/labels';
import { parsePeriodArg, parsePeriodCell, type Period } from '../values/periods';
import { writtenUnit } from '../values/units';
import { compact, memo, normalizeText, oneLine } from '../values/text';
import { remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { qualifierOf } from '../values/qualifiers';

const YEAR_HEAD = /^(年度|年|対象年度|会計年度|実施年度|評価年度|fy|year|fiscalyear)$/;
const KIND_HEAD = /^(区分|種別|値区分|値の種類|種類|目標実績区分|目標・実績|項目区分|kind|type|measure)$/;
const VALUE_HEAD = /^(値|数値|値\(数値\)|データ値|value)$/;

interface LongHeader {
  row: number;
  name: number;
  /** Every column headed as a name (施策名 and 指標名): the finest of them names the indicator (finestNameColumn). */
  names: number[];
  year: number;
  id?: number;
  unit?: number;
  direction?: number;
  note?: number;
  /** A 評価 column: each row's grade for its year, the evaluation period choosing among them (guesses.ts). */
  grade?: number;
  /** The 区分 column whose cells name the measure, and the 値 column holding its figure. */
  kind?: number;
  value?: number;
  /** Measure columns (目標 | 実績) when each row holds all of a year's figures. */
  measures: { col: number; role: Role }[];
}

type KeyRole = 'name' | 'id' | 'unit' | 'direction' | 'note';
const KEY_ROLES = new Set<Role>(['name', 'id', 'unit', 'direction', 'note']);

/** What a heading names, in one look-up per text: every row of a sheet is tried as a long table's header. */
const longHeading = memo((text: string): 'year' | 'value' | 'kind' | Label | null => {
  // Parenthesised remarks do not change a heading: 年度（西暦）, 値（人・件等）, 区分（目標/実績）.
  const t = compact(normalizeText(text)).replace(/[(（][^()（）]*[)）]/g, '');
  if (YEAR_HEAD.test(t)) return 'year';
  if (VALUE_HEAD.test(t)) return 'value';
  if (KIND_HEAD.test(t)) return 'kind';
  return classifyLabel(text);
});

/**
 * A character a 年度 / FY / year heading needs: 年 or y, or one that NFKC turns into them (Ｙ, ｙ, ʸ, ⓨ, 年 …;
 * any astral character is let through to the full test). Every row of every sheet is tried as a long
 * table's header, and a row without a year heading is not one: most rows end here, unnormalised.
 */
const YEAR_HINT = /[年yYʸ⒴Ⓨⓨ㏉Ｙｙ\uF98E\uD800-\uDFFF]/;

function hasYearHeading(grid: Grid, row: number): boolean {
  for (let col = grid.left; col <= grid.right; col++) {
    // A number or a date is no heading: its text is not made.
    if (typeof grid.value(row, col) !== 'string') continue;
    const text = grid.text(row, col);
    if (text && YEAR_HINT.test(text) && longHeading(text) === 'year') return true;
  }
  return false;
}

/**
 * Whether any cell of the sheet is a year heading, in one look at the indexed texts: a sheet without one has no
 * long table, and most sheets end here instead of trying each row's every column as a header (hasYearHeading).
 */
function anyYearHeading(index: CellIndex): boolean {
  for (const cells of index.rows.values()) for (const c of cells) if (c.text && YEAR_HINT.test(c.text) && longHeading(oneLine(c.text)) === 'year') return true;
  return false;
}

/** Reads a long table's header row, or null when the row is not one. */
export function readLongHeader(grid: Grid, row: number): LongHeader | null {
  if (!hasYearHeading(grid, row)) return null;
  const h: Partial<LongHeader> & { measures: LongHeader['measures']; names: number[] } = { row, measures: [], names: [] };
  for (let col = grid.left; col <= grid.right; col++) {
    const text = grid.text(row, col);
    if (!text || grid.anchor(row, col).col !== col) continue;
    const heading = longHeading(text);
    if (heading === 'year') h.year ??= col;
    else if (heading === 'value') h.value ??= col;
    else if (heading === 'kind') h.kind ??= col;
    else {
      const label = heading;
      if (!label) continue;
      if (label.role === 'name') h.names.push(col);
      if (label.role === 'grade') h.grade ??= col;
      if (KEY_ROLES.has(label.role)) h[label.role as KeyRole] ??= col;
      else if (label.role === 'category') h.kind ??= col;
      else if (SERIES_ROLES.has(label.role) && !label.period && label.relative === undefined) h.measures.push({ col, role: label.role });
    }
  }
  if (h.name === undefined || h.year === undefined) return null;
  const byKind = h.kind !== undefined && h.value !== undefined;
  if (!byKind && !h.measures.length) return null;
  if (byKind) h.measures = [];
  return h as LongHeader;
}

/** The year of a row: 2023 (a number or text), 令和5年度, R5, FY2023. */
function yearAt(grid: Grid, r: number, col: number): Period | null {
  const raw = grid.raw(r, col);
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 1900 && raw <= 2100 ? parsePeriodArg(String(raw)) : null;
  const text = grid.text(r, col);
  return parsePeriodCell(text, { bareYear: true })?.period ?? null;
}

interface Entry {
  ind: RawIndicator;
  years: Set<number>;
  words: string[];
}

/**
 * The measure a 区分 cell names (目標 / 実績 / 基準値 …); a word saying the figure is not final (見込み, 速報値,
 * 実績見込み) names an actual that is provisional, as such a word does beside a number.
 */
function kindOf(text: string): { role: Role; provisional: boolean } | null {
  const provisional = qualifierOf(text, [], []) === 'provisional';
  const role = classifyLabel(text)?.role ?? (provisional ? 'actual' : undefined);
  return role && SERIES_ROLES.has(role) ? { role, provisional: provisional && role === 'actual' } : null;
}

/** A year's actual: a final one replaces a provisional one of the same year, a provisional one never a final one. */
function addActual(ind: RawIndicator, p: Point, provisional: boolean): void {
  if (provisional && p.parsed.status === 'value') p.parsed = { ...p.parsed, qualifier: 'provisional' };
  const year = p.period?.fiscalYear;
  const same = ind.actuals.findIndex((a) => a.period?.fiscalYear === year);
  if (same < 0) ind.actuals.push(p);
  else if (!provisional && ind.actuals[same].parsed.status === 'value' && ind.actuals[same].parsed.qualifier === 'provisional') ind.actuals[same] = p;
  else if (!provisional) ind.actuals.push(p);
}

/** One row's figures, into its indicator. */
function addFigures(grid: Grid, h: LongHeader, r: number, period: Period, ind: RawIndicator): void {
  const add = (role: Role, p: Point, provisional = false) => {
    if (role === 'actual') addActual(ind, p, provisional);
    else if (role === 'target' || role === 'expected') ind.targets.push(withKind(p, role));
    else if (role === 'baseline' && p.parsed.status !== 'missing') ind.baselines.push(p);
  };
  if (h.kind !== undefined && h.value !== undefined) {
    const kind = kindOf(grid.text(r, h.kind));
    if (kind) add(kind.role, point(grid, r, h.value, period), kind.provisional);
    return;
  }
  for (const m of h.measures) add(m.role, point(grid, r, m.col, period));
}

function newIndicator(grid: Grid, h: LongHeader, r: number, rawName: string): Entry {
  const clean = cleanName(rawName);
  const id = h.id !== undefined && grid.text(r, h.id) ? normalizeText(grid.text(r, h.id)) : (clean.id ?? null);
  const ind = namedIndicator(grid.name, 'table', r, a1(r, h.name), id, clean);
  return { ind, years: new Set(), words: [clean.name, clean.note ?? ''] };
}

/** The unit, direction and note of a row, where the indicator has none yet. */
function addKeys(grid: Grid, h: LongHeader, r: number, e: Entry): void {
  const { ind } = e;
  const unit = h.unit !== undefined ? grid.text(r, h.unit) : '';
  if (unit && !ind.unitCell) [ind.unit, ind.unitCell] = [writtenUnit(unit), a1(r, h.unit!)];
  const dir = h.direction !== undefined ? grid.text(r, h.direction) : '';
  const d = dir ? readWayCell(ind, dir, a1(r, h.direction!)) : null;
  if (d && !ind.statedDirection) ind.statedDirection = { value: d, cell: a1(r, h.direction!), text: dir };
  const note = h.note !== undefined ? grid.text(r, h.note) : '';
  if (note && !(ind.note ?? '').includes(note)) {
    // A remark speaks for the direction only by words about the aim (「定員縮小」 is a circumstance, not an aim).
    e.words.push(remarkAims(note, (o, p) => aimSpeaksOf(o, ind.name, p)));
    ind.note = ind.note ? `${ind.note} ${note}` : note;
    ind.noteCell ??= a1(r, h.note!);
  }
}

/**
 * The column naming the indicator when several are headed as names (an export's 施策名 beside its 指標名):
 * the finest, the one with the most different names over the table's rows; a coarser one groups several
 * indicators (a policy's name recurs on each of its indicators' rows). On a tie the rightmost: a hierarchy
 * is written from the coarsest on the left to the finest on the right.
 */
function finestNameColumn(grid: Grid, index: CellIndex, h: LongHeader): number {
  if (h.names.length < 2) return h.name;
  const distinct = h.names.map(() => new Set<string>());
  let blanks = 0;
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    if (!index.rows.has(r)) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    if (!yearAt(grid, r, h.year)) continue;
    h.names.forEach((col, i) => {
      const text = compact(normalizeText(grid.fullText(r, col)));
      if (text) distinct[i].add(text);
    });
  }
  let best = 0;
  for (let i = 1; i < h.names.length; i++) if (distinct[i].size >= distinct[best].size) best = i;
  return h.names[best];
}

/**
 * A row's grade cell, as its year's (the 目標 and 実績 rows of one year may both have one: the first filled counts);
 * the first year's stands until the evaluation period picks its own (guesses.ts), as for years as rows.
 */
function addGrade(grid: Grid, h: LongHeader, r: number, period: Period, ind: RawIndicator): void {
  if (h.grade === undefined) return;
  const cell = { row: r, col: h.grade, cell: a1(r, h.grade), raw: grid.raw(r, h.grade), period };
  const cells = (ind.gradeCells ??= []);
  const same = cells.findIndex((c) => c.period.fiscalYear === period.fiscalYear);
  if (same < 0) cells.push(cell);
  else if (!grid.text(cells[same].row, h.grade) && grid.text(r, h.grade)) cells[same] = cell;
  const { period: _p, ...first } = cells[0];
  ind.gradeCell = first;
}

/** The rows of a long table under its header: its indicators (in order of first row) and the rows read. */
function readBody(grid: Grid, index: CellIndex, h: LongHeader): { entries: Entry[]; rows: number[] } {
  const byKey = new Map<string, Entry>();
  const rows: number[] = [h.row];
  let blanks = 0;
  for (let r = h.row + 1; r <= grid.bottom; r++) {
    if (!index.rows.has(r)) {
      if (++blanks >= 3) break;
      continue;
    }
    blanks = 0;
    const rawName = grid.fullText(r, h.name);
    const period = yearAt(grid, r, h.year);
    if (!rawName.trim() || !period) {
      if (readLongHeader(grid, r)) break;
      continue;
    }
    if (isNotAName(rawName)) continue;
    const idText = h.id !== undefined ? grid.text(r, h.id) : '';
    const key = idText ? `id:${normalizeText(idText)}` : `name:${compact(normalizeText(rawName))}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = newIndicator(grid, h, r, rawName)));
    e.years.add(period.fiscalYear);
    addKeys(grid, h, r, e);
    addFigures(grid, h, r, period, e.ind);
    addGrade(grid, h, r, period, e.ind);
    rows.push(r);
  }
  return { entries: [...byKey.values()], rows };
}

/** Every long table of a sheet (rows not claimed by another reader): its indicators and the rows it read. */
export function detectLongTables(grid: Grid, index: CellIndex, consumed: Set<number>): { indicators: RawIndicator[]; consumedRows: number[] } {
  const indicators: RawIndicator[] = [];
  const consumedRows: number[] = [];
  if (!anyYearHeading(index)) return { indicators, consumedRows };
  const rows = [...index.rows.keys()].sort((a, b) => a - b);
  let after = 0;
  for (const row of rows) {
    if (row <= after || consumed.has(row)) continue;
    const h = readLongHeader(grid, row);
    if (!h) continue;
    h.name = finestNameColumn(grid, index, h);
    const { entries, rows: read } = readBody(grid, index, h);
    // Long only when an indicator recurs for several years; else the table reader reads it.
    if (!entries.some((e) => e.years.size >= 2)) continue;
    for (const e of entries) {
      e.ind.wordsForDirection = e.words.filter(Boolean).join(' ');
      indicators.push(e.ind);
    }
    consumedRows.push(...read);
    after = Math.max(...read);
  }
  return { indicators, consumedRows };
}
