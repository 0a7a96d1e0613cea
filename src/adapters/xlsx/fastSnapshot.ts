/**
 * The engine's snapshot read straight from the package's XML: values, formulas, number formats,
 * merges, visibility and protection, without building exceljs's full model (styles, fonts, cell
 * objects). Several times faster and lighter than exceljs; used where many workbooks are read
 * only (the review). Gives the same snapshot as `workbookSnapshot(exceljs)` (tested on every
 * fixture); a part in a shape it does not read (cells without addresses, a 1904 date system)
 * raises UnsupportedPart and the caller reads the file with exceljs instead.
 */
import JSZip from 'jszip';
import type { PartReader } from './zipReader';
import { columnLetters, columnNumber } from '../../engine/address';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../engine/port';
import { attrLocal, attrs, resolveTarget, relsPathOf, unesc, UnsupportedPart } from './xml';

/** Built-in number formats, as exceljs resolves them (locale-dependent ids have none). */
const BUILTIN: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

const P = '(?:[\\w-]+:)?';
const tag = (name: string, flags = 'g') => new RegExp(`<${P}${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}${name}>)`, flags);

const T = tag('t');
const RPH = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

/** The text of a string item: its <t> runs, without phonetic guides (<rPh>). */
function itemText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(RPH, '') : xml;
  let out = '';
  for (const m of body.matchAll(T)) out += text(m[2] ?? '');
  return out;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(tag('si'))].map((m) => itemText(m[2] ?? ''));
}

interface CellFormats {
  /** Per cellXfs index: the number format, and whether the cell is unlocked. */
  formats: (string | null)[];
  unlocked: boolean[];
}

function cellFormatsOf(xml: string | null): CellFormats {
  if (!xml) return { formats: [], unlocked: [] };
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(tag('numFmt'))) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(xml);
  const out: CellFormats = { formats: [], unlocked: [] };
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

function sheetFrom(name: string, visibility: SheetVisibility, xml: string, strings: string[], { formats, unlocked: unlockedXf }: CellFormats): SheetSnapshot {
  const { cells, outside } = splitSheet(xml);
  const merges = [...outside.matchAll(new RegExp(`<${P}mergeCell\\b([^>]*?)/?>`, 'g'))].map((m) => attrs(m[1]).ref).filter(Boolean);
  const covered = new Set<number>();
  for (const m of merges) {
    const [a, b = a] = m.split(':');
    const ma = REF.exec(a);
    const mb = REF.exec(b);
    if (!ma || !mb) continue;
    for (let r = Number(ma[2]); r <= Number(mb[2]); r++)
      for (let c = columnNumber(ma[1]); c <= columnNumber(mb[1]); c++) if (r !== Number(ma[2]) || c !== columnNumber(ma[1])) covered.add(r * 20000 + c);
  }
  const protection = new RegExp(`<${P}sheetProtection\\b([^>]*?)/?>`).exec(outside);
  const sheetAttr = protection ? attrs(protection[1]).sheet : undefined;
  const isProtected = sheetAttr === '1' || sheetAttr === 'true';
  const unlocked: string[] = [];
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let hasFormula = false;
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  for (const c of cells.matchAll(CELL)) {
    // An empty cell (most of a formatted sheet's) matters only for its lock on a protected sheet.
    if (c[2] === undefined && !isProtected) continue;
    const a = cellAttrs(c[1]);
    const ref = a.r ? REF.exec(a.r) : null;
    if (!ref) throw new UnsupportedPart('cell without address');
    const row = Number(ref[2]);
    const col = columnNumber(ref[1]);
    const inner = c[2] ?? '';
    const f = inner ? F.exec(inner) : null;
    const v = inner ? V.exec(inner) : null;
    let formula: string | null = null;
    if (f) {
      const fa = attrs(f[1]);
      const ftext = f[2] !== undefined ? text(f[2]) : '';
      if (fa.t === 'shared' && fa.si !== undefined) {
        if (ftext) {
          shared.set(fa.si, { formula: ftext, row, col });
          formula = ftext;
        } else {
          const master = shared.get(fa.si);
          formula = master ? slide(master.formula, row - master.row, col - master.col) : null;
        }
      } else formula = ftext || null;
    }
    let value: CellValue | undefined;
    const t = a.t ?? 'n';
    if (t === 'inlineStr') {
      const is = IS.exec(inner);
      value = is ? itemText(is[1]) : undefined;
    } else if (v) {
      const vt = text(v[1]);
      if (t === 's') value = strings[Number(vt)] ?? '';
      else if (t === 'str') value = vt;
      else if (t === 'b') value = vt === '1' || vt === 'true';
      else if (t === 'e') value = vt;
      else if (t === 'd') throw new UnsupportedPart('ISO date cell');
      else value = Number(vt);
    }
    if (covered.has(row * 20000 + col)) continue;
    if (isProtected && a.s !== undefined && unlockedXf[Number(a.s)]) unlocked.push(a.r!);
    if (value === undefined && !formula) continue;
    const r = row - 1;
    values[r] ??= [];
    formulas[r] ??= [];
    numberFormats[r] ??= [];
    values[r][col - 1] = value ?? null;
    if (formula) {
      formulas[r][col - 1] = `=${formula}`;
      hasFormula = true;
    }
    const fmt = a.s !== undefined ? formats[Number(a.s)] : null;
    if (fmt && fmt !== 'General') numberFormats[r][col - 1] = fmt;
  }
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) {
      values[i] = [];
      formulas[i] = [];
      numberFormats[i] = [];
    }
  }
  const snap: SheetSnapshot = { name, visibility, protected: isProtected, top: 1, left: 1, values, numberFormats, merges };
  if (hasFormula) snap.formulas = formulas;
  if (unlocked.length) snap.unlocked = unlocked;
  return snap;
}

/** The parts through JSZip (browser and Node); the command line passes Node's native reader instead. */
async function openZipJs(bytes: Uint8Array): Promise<PartReader> {
  const zip = await JSZip.loadAsync(bytes);
  return (p: string) => zip.file(p)?.async('string') ?? Promise.resolve(null);
}

/** The snapshot of an .xlsx package's bytes. Throws UnsupportedPart for what it does not read. */
export async function fastSnapshot(bytes: Uint8Array, openZip: (bytes: Uint8Array) => Promise<PartReader> = openZipJs): Promise<WorkbookSnapshot> {
  const part = await openZip(bytes);
  const workbookXml = await part('xl/workbook.xml');
  if (!workbookXml) throw new UnsupportedPart('no xl/workbook.xml');
  if (/\bdate1904="(1|true)"/.test(workbookXml)) throw new UnsupportedPart('1904 date system');
  const rels = (await part(relsPathOf('xl/workbook.xml'))) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, a.TargetMode === 'External' ? '' : resolveTarget('xl', a.Target));
  }
  const sharedPath = [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attrs(m[1])).find((a) => a.Type?.endsWith('/sharedStrings'))?.Target;
  const stylesPath = [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => attrs(m[1])).find((a) => a.Type?.endsWith('/styles'))?.Target;
  const [sst, styles] = await Promise.all([part(sharedPath ? resolveTarget('xl', sharedPath) : 'xl/sharedStrings.xml'), part(stylesPath ? resolveTarget('xl', stylesPath) : 'xl/styles.xml')]);
  const strings = sharedStrings(sst);
  const formats = cellFormatsOf(styles);
  const sheets: SheetSnapshot[] = [];
  for (const m of workbookXml.matchAll(new RegExp(`<${P}sheet\\b([^>]*?)/?>`, 'g'))) {
    const a = attrs(m[1]);
    const target = targets.get(attrLocal(a, 'id') ?? '');
    if (!target || !a.name) continue;
    const xml = await part(target);
    if (xml === null || !new RegExp(`<${P}worksheet\\b`).test(xml)) continue; // chart sheets, dialog sheets
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    sheets.push(sheetFrom(a.name, state, xml, strings, formats));
  }
  return { sheets };
}
