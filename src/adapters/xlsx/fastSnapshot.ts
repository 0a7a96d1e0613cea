/**
 * The engine's snapshot read straight from the package's XML: values, formulas, number formats, merges, notes, visibility,
 * protection and struck-through cells, without building exceljs's full model (styles, fonts, cell objects). Several times
 * faster and lighter than exceljs; used where many workbooks are read only (the review). Gives the same snapshot as
 * `workbookSnapshot(exceljs)` (tested on every fixture); a part in a shape it does not read (cells without addresses, a
 * 1904 date system) raises UnsupportedPart and the caller reads the file with exceljs instead.
 */
import type { PartReader } from './zipReader';
import { columnLetters, columnNumber } from '../../engine/model/address';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../engine/model/port';
import { attrLocal, attrs, resolveTarget, relsPathOf, unesc, UnsupportedPart } from './xml';
import { openZipJs } from './jszipParts';
import { sheetNotes } from './sheetNotes';
import { splitNotes } from '../../engine/model/cellNotes';
import { hiddenLines } from './hiddenLines';
import { struckFormats } from './struckFonts';
import { DamagedPart, LIMITS, PackageTooLarge } from './limits';
import { BUILTIN } from './builtinFormats';

const P = '(?:[\\w-]+:)?';
/**
 * An element by name: its attribute text and its content. Linear in the part's length even when
 * the XML is broken: the attributes cannot run past the next '<' (a quoted value may hold '>'), and the content cannot run past
 * the next element of the same name (an unclosed `<c` or `<si>` ends its own match instead of
 * rescanning the rest of the part for every start tag).
 */
const tag = (name: string, flags = 'g') =>
  new RegExp(`<${P}${name}\\b((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(?:/>|>((?:(?!<${P}${name}\\b)[\\s\\S])*?)</${P}${name}>)`, flags);

const T = tag('t');
const RPH = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

/** The text of a string item: its <t> runs, without phonetic guides (<rPh>). */
function itemText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(RPH, '') : xml;
  let out = '';
  for (const m of body.matchAll(T)) out += text(m[2] ?? '');
  return out;
}

function sharedStrings(part: string, xml: string | null): string[] {
  if (!xml) return [];
  wellFormed(part, xml, 'sst');
  const items = [...xml.matchAll(tag('si'))].map((m) => itemText(m[2] ?? ''));
  if (items.length !== (xml.match(new RegExp(`<${P}si\\b`, 'g')) ?? []).length) throw new DamagedPart(part, { kind: 'strings-cut' });
  return items;
}

/**
 * The checks that tell a damaged part from a readable one without a full XML parser: the root
 * element is there and closed (a part cut off in the middle is not), and there is no DTD (Excel
 * writes none; a DTD is how entity expansion attacks come in).
 */
function wellFormed(part: string, xml: string, root: string): void {
  if (/<!DOCTYPE/i.test(xml)) throw new DamagedPart(part, { kind: 'dtd' });
  if (!new RegExp(`<${P}${root}\\b`).test(xml)) throw new DamagedPart(part, { kind: xml.trim() ? 'not-xml' : 'empty' });
  if (!new RegExp(`</${P}${root}>\\s*$`).test(xml) && !new RegExp(`<${P}${root}\\b[^<>]*/>\\s*$`).test(xml)) throw new DamagedPart(part, { kind: 'no-end' });
}

interface CellFormats {
  /** Per cellXfs index: the number format, whether the cell is unlocked, whether its font is struck through (struckFonts.ts). */
  formats: (string | null)[];
  unlocked: boolean[];
  struck: boolean[];
}

function cellFormatsOf(xml: string | null): CellFormats {
  if (!xml) return { formats: [], unlocked: [], struck: [] };
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(tag('numFmt'))) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(xml);
  const out: CellFormats = { formats: [], unlocked: [], struck: struckFormats(xml) };
  for (const m of (xfs?.[1] ?? '').matchAll(tag('xf'))) {
    const id = Number(attrs(m[1]).numFmtId ?? 0);
    out.formats.push(custom.get(id) ?? BUILTIN[id] ?? null);
    const prot = m[2] ? new RegExp(`<${P}protection\\b([^>]*?)/?>`).exec(m[2]) : null;
    const locked = prot ? attrs(prot[1]).locked : undefined;
    out.unlocked.push(locked === '0' || locked === 'false');
  }
  return out;
}

/** Moves the relative references of a shared formula from its master cell to another cell. */
function slide(formula: string, dr: number, dc: number): string {
  return formula.replace(/("[^"]*")|('[^']*'!)|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (whole, str, sheet, dcol, col: string, drow, row: string) => {
    if (str || sheet) return whole;
    const c = dcol ? col : columnLetters(columnNumber(col) + dc);
    const r = drow ? row : String(Number(row) + dr);
    return `${dcol}${c}${drow}${r}`;
  });
}

const REF = /^([A-Z]{1,3})(\d+)$/;
const F = new RegExp(`<${P}f\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}f>)`);
const V = new RegExp(`<${P}v\\b[^>]*>([\\s\\S]*?)</${P}v>`);
const IS = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);
const CELL = tag('c');
const CELL_START = new RegExp(`<${P}c\\b`, 'g');
const NO_CELLS: CellValue[] = [];
const NO_FORMULAS: (string | null)[] = [];
const CELL_ATTR = /\b([rst])="([^"]*)"/g;

/** A cell's r, s and t attributes (the only ones read; their values never need unescaping). */
function cellAttrs(text: string): { r?: string; s?: string; t?: string } {
  const out: { r?: string; s?: string; t?: string } = {};
  CELL_ATTR.lastIndex = 0;
  for (let m = CELL_ATTR.exec(text); m; m = CELL_ATTR.exec(text)) out[m[1] as 'r' | 's' | 't'] = m[2];
  return out;
}

const text = (s: string) => (s.includes('&') ? unesc(s) : s);

const SHEET_DATA = new RegExp(`<${P}sheetData\\b[^>]*?(?:/>|>)`);
const SHEET_DATA_END = new RegExp(`</${P}sheetData>`, 'g');

/** The sheet's cells (the body of sheetData), and the rest of it (merges and protection are outside sheetData). */
function splitSheet(xml: string): { cells: string; outside: string } {
  const open = SHEET_DATA.exec(xml);
  if (!open) return { cells: '', outside: xml };
  const start = open.index + open[0].length;
  if (open[0].endsWith('/>')) return { cells: '', outside: xml };
  SHEET_DATA_END.lastIndex = start;
  const close = SHEET_DATA_END.exec(xml);
  if (!close) return { cells: '', outside: xml };
  return { cells: xml.slice(start, close.index), outside: xml.slice(0, open.index) + xml.slice(close.index + close[0].length) };
}

/** An XML boolean as the writers write it: "1", "true", "on" (LibreOffice writes "true"). */
export function isOn(v: string | undefined): boolean {
  return v !== undefined && /^\s*(1|true|on)\s*$/i.test(v);
}

/**
 * Whether a cell is covered by a merged area other than at its top-left, looked up among the
 * areas (sorted by row, then column) instead of listing their cells: an area over the rest of the
 * sheet (K1:XFD1048576) costs what a small one does.
 */
function mergeCover(merges: string[], part: string): (row: number, col: number) => boolean {
  if (merges.length > LIMITS.merges) throw new PackageTooLarge(part, LIMITS.merges, merges.length, 'merges');
  const areas: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of merges) {
    const [a, b = a] = m.split(':');
    const ma = REF.exec(a);
    const mb = REF.exec(b);
    if (!ma || !mb) continue;
    areas.push({ top: Number(ma[2]), left: columnNumber(ma[1]), bottom: Number(mb[2]), right: columnNumber(mb[1]) });
  }
  if (!areas.length) return () => false;
  // Short areas are listed under each of their rows; tall ones are checked for every cell, with a
  // bound on the comparisons so that no number of them can make the reading slow.
  const byRow = new Map<number, typeof areas>();
  const tall: typeof areas = [];
  for (const x of areas) {
    if (x.bottom - x.top >= 16) tall.push(x);
    else for (let r = x.top; r <= x.bottom; r++) (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(x);
  }
  let work = 0;
  const inArea = (x: (typeof areas)[number], row: number, col: number) =>
    row >= x.top && row <= x.bottom && col >= x.left && col <= x.right && (row !== x.top || col !== x.left);
  return (row, col) => {
    const list = byRow.get(row) ?? [];
    work += list.length + tall.length;
    if (work > MERGE_WORK) throw new PackageTooLarge(part, LIMITS.merges, merges.length, 'merges');
    for (const x of list) if (inArea(x, row, col)) return true;
    for (const x of tall) if (inArea(x, row, col)) return true;
    return false;
  };
}

/** Comparisons of cells with merged areas one sheet may cost (far above any real sheet's). */
const MERGE_WORK = 50_000_000;

function sheetFrom(
  name: string,
  visibility: SheetVisibility,
  part: string,
  xml: string,
  strings: string[],
  { formats, unlocked: unlockedXf, struck: struckXf }: CellFormats,
): SheetSnapshot {
  wellFormed(part, xml, 'worksheet');
  const { cells, outside } = splitSheet(xml);
  const merges = [...outside.matchAll(new RegExp(`<${P}mergeCell\\b([^<>]*?)/?>`, 'g'))].map((m) => attrs(m[1]).ref).filter(Boolean);
  const covered = mergeCover(merges, part);
  const protection = new RegExp(`<${P}sheetProtection\\b([^<>]*?)/?>`).exec(outside);
  const isProtected = protection ? isOn(attrs(protection[1]).sheet) : false;
  const [unlocked, struck]: string[][] = [[], []];
  const grid = new Grid();
  const shared: SharedFormulas = new Map();
  let found = 0;
  for (const c of cells.matchAll(CELL)) {
    found++;
    // An empty cell (most of a formatted sheet's) matters only for its lock on a protected sheet.
    if (c[2] === undefined && !isProtected) continue;
    const cell = readCell(c[1], c[2] ?? '', part, strings, shared);
    if (covered(cell.row, cell.col)) continue;
    if (isProtected && cell.s !== undefined && unlockedXf[Number(cell.s)]) unlocked.push(cell.ref);
    if (cell.value === undefined && !cell.formula) continue;
    if (cell.s !== undefined && struckXf[Number(cell.s)]) struck.push(cell.ref);
    grid.put(cell, cell.s !== undefined ? formats[Number(cell.s)] : null);
  }
  // Every start of a cell must have been read as one: an unclosed `<c` is damage, not an empty cell.
  if (found !== (cells.match(CELL_START) ?? []).length) throw new DamagedPart(part, { kind: 'cells-cut' });
  const snap: SheetSnapshot = { name, visibility, protected: isProtected, top: 1, left: 1, ...grid.done(), merges };
  if (grid.hasFormula) snap.formulas = grid.formulas;
  Object.assign(snap, unlocked.length ? { unlocked } : {}, struck.length ? { struck } : {});
  const hidden = hiddenLines(cells, outside, snap.values);
  if (hidden.rows.length) snap.hiddenRows = hidden.rows;
  if (hidden.columns.length) snap.hiddenColumns = hidden.columns;
  return snap;
}

/** The master cell of each shared formula met so far, by its si. */
type SharedFormulas = Map<string, { formula: string; row: number; col: number }>;

interface ReadCell {
  ref: string;
  row: number;
  col: number;
  /** The cellXfs index as written. */
  s?: string;
  value?: CellValue;
  formula: string | null;
}

/** One `<c>`: its address, value and formula (a shared formula's from its master). */
function readCell(attrText: string, inner: string, part: string, strings: string[], shared: SharedFormulas): ReadCell {
  const a = cellAttrs(attrText);
  const ref = a.r ? REF.exec(a.r) : null;
  if (!ref) throw new UnsupportedPart('cell without address');
  const row = Number(ref[2]);
  const col = columnNumber(ref[1]);
  const f = inner ? F.exec(inner) : null;
  const formula = f ? cellFormula(f, row, col, shared) : null;
  const value = cellValue(a, inner, part, strings);
  if (typeof value === 'string' && value.length > LIMITS.cellChars)
    throw new DamagedPart(part, { kind: 'cell-too-long', cell: a.r ?? null, length: value.length });
  return { ref: a.r!, row, col, s: a.s, value, formula };
}

function cellFormula(f: RegExpExecArray, row: number, col: number, shared: SharedFormulas): string | null {
  const fa = attrs(f[1]);
  const ftext = f[2] !== undefined ? text(f[2]) : '';
  if (fa.t !== 'shared' || fa.si === undefined) return ftext || null;
  if (ftext) {
    shared.set(fa.si, { formula: ftext, row, col });
    return ftext;
  }
  const master = shared.get(fa.si);
  return master ? slide(master.formula, row - master.row, col - master.col) : null;
}

/** The cell's value by its type; undefined for none. */
function cellValue(a: { r?: string; t?: string }, inner: string, part: string, strings: string[]): CellValue | undefined {
  const t = a.t ?? 'n';
  if (t === 'inlineStr') {
    const is = IS.exec(inner);
    return is ? itemText(is[1]) : undefined;
  }
  const v = inner ? V.exec(inner) : null;
  if (!v) return undefined;
  const vt = text(v[1]);
  if (t === 's') {
    const value = strings[Number(vt)];
    if (value === undefined) throw new DamagedPart(part, { kind: 'shared-string-missing', cell: a.r ?? null, index: vt });
    return value;
  }
  if (t === 'str' || t === 'e') return vt;
  if (t === 'b') return vt === '1' || vt === 'true';
  if (t === 'd') throw new UnsupportedPart('ISO date cell');
  return Number(vt);
}

/** A sheet's values, formulas and number formats as rows from A1. */
class Grid {
  readonly values: CellValue[][] = [];
  readonly formulas: (string | null)[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  hasFormula = false;

  put(cell: ReadCell, fmt: string | null): void {
    const r = cell.row - 1;
    const c = cell.col - 1;
    this.values[r] ??= [];
    this.formulas[r] ??= [];
    this.numberFormats[r] ??= [];
    this.values[r][c] = cell.value ?? null;
    if (cell.formula) {
      this.formulas[r][c] = `=${cell.formula}`;
      this.hasFormula = true;
    }
    if (fmt && fmt !== 'General') this.numberFormats[r][c] = fmt;
  }

  /** Rows with nothing share one empty row: a lone cell far down costs no row objects. */
  done(): { values: CellValue[][]; numberFormats: (string | null)[][] } {
    for (let i = 0; i < this.values.length; i++) {
      if (!this.values[i]) {
        this.values[i] = NO_CELLS;
        this.formulas[i] = NO_FORMULAS;
        this.numberFormats[i] = NO_FORMULAS;
      }
    }
    return { values: this.values, numberFormats: this.numberFormats };
  }
}

/**
 * Inflates every part of the package within the limits and measures the merged areas of every
 * sheet, so that a reader without limits (exceljs) is only ever given a package that fits.
 * @throws PackageTooLarge
 */
export async function packageFits(bytes: Uint8Array, openZip: (bytes: Uint8Array) => Promise<PartReader> = openZipJs): Promise<void> {
  const part = await openZip(bytes);
  let merged = 0;
  for (const name of part.names ?? []) {
    const text = await part(name);
    if (!text || !/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    for (const m of text.matchAll(new RegExp(`<${P}mergeCell\\b([^<>]*?)/?>`, 'g'))) {
      const [a, b = a] = (attrs(m[1]).ref ?? '').split(':');
      const ma = REF.exec(a);
      const mb = REF.exec(b);
      if (ma && mb) merged += (Math.abs(Number(mb[2]) - Number(ma[2])) + 1) * (Math.abs(columnNumber(mb[1]) - columnNumber(ma[1])) + 1);
      if (merged > LIMITS.mergedCells) throw new PackageTooLarge(name, LIMITS.mergedCells, merged, 'mergedCells');
    }
  }
}

/** The snapshot of an .xlsx package's bytes. Throws UnsupportedPart for what it does not read. */
export async function fastSnapshot(bytes: Uint8Array, openZip: (bytes: Uint8Array) => Promise<PartReader> = openZipJs): Promise<WorkbookSnapshot> {
  const part = await openZip(bytes);
  const workbookXml = await part('xl/workbook.xml');
  if (!workbookXml) throw new UnsupportedPart('no xl/workbook.xml');
  wellFormed('xl/workbook.xml', workbookXml, 'workbook');
  if (/\bdate1904="(1|true)"/.test(workbookXml)) throw new UnsupportedPart('1904 date system');
  const rels = [...((await part(relsPathOf('xl/workbook.xml'))) ?? '').matchAll(/<Relationship\b([^<>]*?)\/?>/g)].map((m) => attrs(m[1]));
  const byId = new Map(rels.filter((a) => a.Id && a.Target).map((a) => [a.Id, a]));
  const partOf = (a: Record<string, string> | undefined) =>
    a && a.TargetMode !== 'External' && !/^[a-z][\w+.-]*:/i.test(a.Target) ? resolveTarget('xl', a.Target) : null;
  const sharedPath = partOf(rels.find((a) => a.Type?.endsWith('/sharedStrings'))) ?? 'xl/sharedStrings.xml';
  const stylesPath = partOf(rels.find((a) => a.Type?.endsWith('/styles'))) ?? 'xl/styles.xml';
  const [sst, styles] = await Promise.all([part(sharedPath), part(stylesPath)]);
  const strings = sharedStrings(sharedPath, sst);
  if (styles) wellFormed(stylesPath, styles, 'styleSheet');
  const formats = cellFormatsOf(styles);
  const sheets: SheetSnapshot[] = [];
  const names = new Set<string>();
  for (const m of workbookXml.matchAll(new RegExp(`<${P}sheet\\b([^<>]*?)/?>`, 'g'))) {
    const a = attrs(m[1]);
    const rel = byId.get(attrLocal(a, 'id') ?? '');
    if (!a.name) throw new DamagedPart('xl/workbook.xml', { kind: 'sheet-unnamed' });
    // Excel compares sheet names without case: two of one name cannot be told apart.
    if (names.has(a.name.toLowerCase())) throw new DamagedPart('xl/workbook.xml', { kind: 'sheet-name-twice', name: a.name });
    names.add(a.name.toLowerCase());
    if (rel && !/\/worksheet$/.test(rel.Type ?? '')) continue; // chart sheets, dialog and macro sheets
    const target = partOf(rel);
    const xml = target ? await part(target) : null;
    if (!target || xml === null) throw new DamagedPart(target ?? 'xl/workbook.xml', { kind: 'sheet-missing', name: a.name });
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    const sheet = sheetFrom(a.name, state, target, xml, strings, formats);
    // EvalSheet's own notes (its findings) apart from a person's, which the reader reads.
    Object.assign(sheet, splitNotes(await sheetNotes(part, target)));
    sheets.push(sheet);
  }
  return { sheets };
}
