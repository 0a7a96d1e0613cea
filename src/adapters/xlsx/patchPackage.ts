/**
 * Writes a plan into the original .xlsx package: the parts the plan does not touch (other sheets,
 * charts, drawings, pictures, macros' neighbours, custom XML) are copied as they are, changed
 * cells are patched in their sheet's XML, and EvalSheet's own sheets are added or replaced.
 * Faster than re-serialising the whole workbook, and nothing exceljs does not know is lost.
 */
import JSZip from 'jszip';
import { parseA1, qualified } from '../../engine/address';
import type { SheetSpec, WritePlan } from '../../engine/plan';
import { withSheetListed } from './appProps';
import { CellTooLong, checkParts, isXmlPart, relTargetProblem, StructureLocked, structureLocked, tooLong, WriteRefused } from './packageChecks';
import { xmlProblem } from './wellFormed';
import { isProtectedSheet, LockedCell, MAIN_NS, patchCells, renderSheet, tableXml, wholeText, type CellPatch, type PartText } from './sheetXml';
import type { ZipEntry } from './zipWriter';
import { StyleBook, unlockedXfs } from './styleBook';
import { attrLocal, attrs, esc, relsPathOf, resolveTarget, UnsupportedPart } from './xml';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  table: `${REL_NS}/table`,
  calcChain: `${REL_NS}/calcChain`,
  officeDocument: `${REL_NS}/officeDocument`,
};
const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

function readRels(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = attrs(m[1]);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === 'External', xml: m[0] };
  });
}

function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

function unusedId(used: Set<string>, prefix: string): string {
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

class Package {
  /** Parts written, as text (encoded natively when packed by `pack`). */
  readonly written = new Map<string, PartText>();

  private constructor(readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes));
  }

  /**
   * A part's text. A part read from the package is checked to be well-formed XML first (WriteRefused
   * otherwise): the patcher edits only what every reader can parse, and its scans, which rely on
   * elements being closed, stay linear in the part's length whatever a hostile part holds.
   */
  async text(path: string): Promise<string | null> {
    const w = this.written.get(path);
    if (w !== undefined) return wholeText(w);
    const f = this.zip.file(path);
    if (!f) return null;
    const text = await f.async('string');
    const problem = isXmlPart(path) ? xmlProblem(text) : null;
    if (problem) throw new WriteRefused(path, `XMLとして読み取れません（${problem}）`);
    return text;
  }

  async need(path: string): Promise<string> {
    const t = await this.text(path);
    if (t === null) throw new UnsupportedPart(`部品 ${path} がありません`);
    return t;
  }

  /**
   * A part in chunks stays in chunks until packed (JSZip gets it whole only when it packs). Written
   * with a fixed date and no folder entries, so that the same workbook written twice (rated again,
   * on another day) gives the same bytes.
   */
  put(path: string, text: PartText): void {
    this.written.set(path, text);
    this.zip.file(path, typeof text === 'string' ? text : '', { date: PART_DATE, createFolders: false });
  }

  remove(path: string): void {
    this.written.delete(path);
    this.zip.remove(path);
  }

  has(path: string): boolean {
    return this.zip.file(path) !== null;
  }

  paths(): string[] {
    return Object.keys(this.zip.files);
  }

  /**
   * Refuses (WriteRefused) an output that would carry a part no reader can parse or a relationship
   * leaving the package: every XML part, copied or written, except EvalSheet's own rendered sheets
   * (written in chunks, made by sheetXml from escaped values; their tests parse them).
   */
  async check(): Promise<void> {
    const files = Object.values(this.zip.files).filter((f) => !f.dir);
    await checkParts(
      files.map((f) => f.name),
      async (path) => {
        const w = this.written.get(path);
        if (w !== undefined) return typeof w === 'string' ? w : null;
        const bytes = await this.zip.file(path)!.async('uint8array');
        // A part in UTF-16 (which Excel never writes) is left to the readers.
        if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
        return decoder.decode(bytes);
      },
    );
  }
}

export interface PackOptions {
  /** Deflate level (1 is several times faster and a little larger). */
  level?: number;
  /** Writes the zip from its parts instead of JSZip (Node: native deflate). */
  pack?: (entries: ZipEntry[], level: number) => Promise<Uint8Array>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
/** The date of every part the patcher writes (zip entries carry one; it is no one's business when). */
const PART_DATE = new Date(Date.UTC(2020, 0, 1));

function* mapIterable<A, B>(xs: Iterable<A>, f: (x: A) => B): Iterable<B> {
  for (const x of xs) yield f(x);
}

/** workbook.xml with more defined names (definedNames follows sheets, functionGroups and externalReferences). */
function withDefinedNames(workbookXml: string, names: string): string {
  if (workbookXml.includes('</definedNames>')) return workbookXml.replace('</definedNames>', `${names}</definedNames>`);
  const anchor = ['</externalReferences>', '</functionGroups>', '</sheets>'].find((t) => workbookXml.includes(t))!;
  const at = workbookXml.indexOf(anchor) + anchor.length;
  return workbookXml.slice(0, at) + `<definedNames>${names}</definedNames>` + workbookXml.slice(at);
}

/** The added sheets in docProps/app.xml's list of sheets (left alone when it lists them in another shape). */
async function listSheets(pkg: Package, rootRels: Rel[], added: string[]): Promise<void> {
  const rel = rootRels.find((r) => r.type.endsWith('/extended-properties'));
  if (!rel || !added.length) return;
  const path = resolveTarget('', rel.target);
  let xml = await pkg.text(path);
  for (const name of added) xml = xml === null ? null : withSheetListed(xml, name);
  if (xml !== null) pkg.put(path, xml);
}

/** The parts that some relationships part other than `except` (or the root's) refers to. */
async function referencedElsewhere(pkg: Package, except: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const relsPath of pkg.paths().filter((p) => p.endsWith('.rels') && p !== except)) {
    const i = relsPath.lastIndexOf('_rels/');
    const base = i <= 0 ? '' : relsPath.slice(0, i - 1);
    for (const r of readRels((await pkg.text(relsPath)) ?? '')) if (!r.external) out.add(resolveTarget(base, r.target));
  }
  return out;
}

/**
 * The plan written into a copy of the package. Throws UnsupportedPart for a shape it does not edit
 * (the caller may write the workbook another way), WriteRefused for an output that must not be
 * written at all (a locked cell of a protected sheet, a cell past Excel's length, a damaged part or
 * a relationship leaving the package that the copy would carry).
 */
export async function patchPackage(bytes: Uint8Array, plan: WritePlan, options: PackOptions = {}): Promise<Uint8Array> {
  try {
    return await writePackage(bytes, plan, options);
  } catch (e) {
    if (e instanceof CellTooLong) throw tooLong(e);
    throw e;
  }
}

/** Cells of a protected sheet may be written only where they are unlocked; the styles say which. */
async function lockCheck(pkg: Package, wbRels: Rel[], xml: string): Promise<((s: number) => boolean) | undefined> {
  if (!isProtectedSheet(xml)) return undefined;
  const stylesRel = wbRels.find((r) => r.type === REL.styles);
  const styles = stylesRel ? await pkg.text(resolveTarget('xl', stylesRel.target)) : null;
  const unlocked = styles ? unlockedXfs(styles) : [];
  return (s) => unlocked[s] === true;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  path: string | null;
  /** The <sheet> tag in workbook.xml. */
  xml: string;
}

/** The package being written: the parts the patcher edits (as text) and what it knows of them. */
interface Doc {
  pkg: Package;
  plan: WritePlan;
  rootRels: Rel[];
  wbRels: Rel[];
  /** The prefix workbook.xml gives the relationships namespace (r:id). */
  relPrefix: string;
  sheets: SheetEntry[];
  stylesPath: string | null;
  workbookXml: string;
  wbRelsXml: string;
  contentTypes: string;
}

async function openDoc(bytes: Uint8Array, plan: WritePlan): Promise<Doc> {
  const pkg = await Package.open(bytes);
  const rootRels = readRels(await pkg.need('_rels/.rels'));
  const officeDoc = rootRels.find((r) => r.type === REL.officeDocument);
  if (!officeDoc || resolveTarget('', officeDoc.target) !== 'xl/workbook.xml') throw new UnsupportedPart('ブック本体が xl/workbook.xml にありません');
  const workbookXml = await pkg.need('xl/workbook.xml');
  // A workbook whose structure is protected takes no new or replaced sheet (Excel would not let a person add one either).
  if (plan.sheets.length && structureLocked(workbookXml)) throw new StructureLocked(plan.sheets.map((s) => s.spec.name));
  const wbRelsXml = await pkg.need('xl/_rels/workbook.xml.rels');
  const contentTypes = await pkg.need('[Content_Types].xml');
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbookXml)?.[1];
  if (!/<workbook[\s>]/.test(workbookXml) || !relPrefix) throw new UnsupportedPart('xl/workbook.xml が見慣れない形です');
  const wbRels = readRels(wbRelsXml);
  const sheetsBlock = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbookXml);
  if (!sheetsBlock) throw new UnsupportedPart('xl/workbook.xml にシートの一覧がありません');
  const sheets = [...sheetsBlock[1].matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => {
    const a = attrs(m[1]);
    const rel = wbRels.find((r) => r.id === attrLocal(a, 'id'));
    return { name: a.name, sheetId: Number(a.sheetId), path: rel ? resolveTarget('xl', rel.target) : null, xml: m[0] };
  });
  const stylesRel = wbRels.find((r) => r.type === REL.styles);
  const stylesPath = stylesRel ? resolveTarget('xl', stylesRel.target) : null;
  return { pkg, plan, rootRels, wbRels, relPrefix, sheets, stylesPath, workbookXml, wbRelsXml, contentTypes };
}

async function writePackage(bytes: Uint8Array, plan: WritePlan, options: PackOptions): Promise<Uint8Array> {
  const doc = await openDoc(bytes, plan);
  const cellStyles = await patchDepartmentCells(doc);
  if (plan.sheets.length) await writeOwnSheets(doc, cellStyles);
  else if (cellStyles?.changed) doc.pkg.put(doc.stylesPath!, cellStyles.toXml());
  const { pkg } = doc;
  pkg.put('xl/workbook.xml', doc.workbookXml);
  pkg.put('xl/_rels/workbook.xml.rels', doc.wbRelsXml);
  pkg.put('[Content_Types].xml', doc.contentTypes);
  await pkg.check();
  return packed(pkg, options);
}

/**
 * 1. Cells in the department's sheets; a write with a number format restyles its cell (the rest of
 * its look kept). Returns the styles when a cell was restyled (the caller writes them).
 */
async function patchDepartmentCells(doc: Doc): Promise<StyleBook | null> {
  const { pkg, plan, wbRels } = doc;
  let cellStyles: StyleBook | null = null;
  if (plan.cells.some((w) => w.numberFormat)) {
    if (!doc.stylesPath) throw new UnsupportedPart('書式の部品（styles.xml）がありません');
    cellStyles = new StyleBook(await pkg.need(doc.stylesPath));
  }
  const bySheet = new Map<string, CellPatch[]>();
  for (const w of plan.cells) {
    const ref = parseA1(w.cell);
    if (!ref) throw new WriteRefused(`${w.sheet}!${w.cell}`, `セルの番地「${w.cell}」が正しくないため書き込めません（EvalSheet の誤りです。報告してください）`);
    const list = bySheet.get(w.sheet) ?? [];
    const fmt = w.numberFormat;
    list.push(fmt && cellStyles ? { row: ref.row, col: ref.col, value: w.value, restyle: (x) => cellStyles!.withNumberFormat(x, fmt) } : { row: ref.row, col: ref.col, value: w.value });
    bySheet.set(w.sheet, list);
  }
  let dropCalcChain = false;
  for (const [name, patches] of bySheet) {
    const path = doc.sheets.find((x) => x.name === name)?.path;
    if (!path) throw new WriteRefused(`シート「${name}」`, 'このシートの部品がブックにないため書き込めません（EvalSheet の誤りです。報告してください）');
    const xml = await pkg.need(path);
    if (!/<worksheet[\s>]/.test(xml) || !xml.includes(MAIN_NS)) throw new UnsupportedPart(`シート「${name}」（${path}）が見慣れない形です`);
    // A protected sheet (sheet="1", "true" or "on") is written only in its unlocked cells; its
    // <sheetProtection> and every byte outside the written cells stay as they were.
    const isUnlocked = await lockCheck(pkg, wbRels, xml);
    let patched;
    try {
      patched = patchCells(xml, patches, { isUnlocked });
    } catch (e) {
      if (e instanceof LockedCell) throw new WriteRefused(`${name}!${e.cell}`, `シート「${name}」は保護されていて、セル ${e.cell} はロックされているため書き込めません（EvalSheet の誤りです。報告してください）`);
      if (e instanceof CellTooLong) throw new CellTooLong(`${name}!${e.cell}`, e.length);
      if (e instanceof UnsupportedPart) throw new UnsupportedPart(`シート「${name}」：${e.message}`);
      throw e;
    }
    dropCalcChain ||= patched.replacedFormula;
    pkg.put(path, patched.xml);
  }
  const cc = dropCalcChain ? wbRels.find((r) => r.type === REL.calcChain) : undefined;
  if (cc) {
    // Excel rebuilds the calculation chain; a stale one that names a cell without a formula is "repaired".
    pkg.remove(resolveTarget('xl', cc.target));
    doc.wbRelsXml = doc.wbRelsXml.replace(cc.xml, '');
    doc.contentTypes = doc.contentTypes.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, '');
  }
  return cellStyles;
}

/** The tables of the package (their ids and names, so new ones get fresh ones). */
interface Tables {
  heads: { path: string; head: string }[];
  ids: Map<string, number>;
  names: Set<string>;
}

async function tablesOf(doc: Doc): Promise<Tables> {
  const tableParts = doc.pkg.paths().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const heads = await Promise.all(tableParts.map(async (p) => ({ path: p, head: /<table\b[^>]*>/.exec((await doc.pkg.text(p)) ?? '')?.[0] ?? '' })));
  // Ids of the tables that stay: a replaced sheet's table gives its id back, so the new one gets it again.
  const ids = new Map<string, number>();
  const names = new Set<string>();
  for (const t of heads) {
    const a = attrs(t.head.slice(6));
    ids.set(t.path, Number(a.id) || 0);
    if (a.name) names.add(a.name.toLowerCase());
  }
  for (const m of doc.workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]*)"/g)) names.add(m[1].toLowerCase());
  return { heads, ids, names };
}

/**
 * Drops what the old copy of an own sheet owned: its tables (and their names), its relationships —
 * only parts inside the package that nothing else refers to (a hostile old copy could name the
 * shared strings or another sheet as its own).
 */
async function dropOldCopy(doc: Doc, path: string, tables: Tables): Promise<void> {
  const { pkg } = doc;
  const oldRelsPath = relsPathOf(path);
  const oldRels = await pkg.text(oldRelsPath);
  if (oldRels === null) return;
  const keep = await referencedElsewhere(pkg, oldRelsPath);
  for (const r of readRels(oldRels)) {
    if (r.external || relTargetProblem(oldRelsPath, r.target, false)) continue;
    const target = resolveTarget(path.slice(0, path.lastIndexOf('/')), r.target);
    if (keep.has(target) || target === '[Content_Types].xml' || !pkg.has(target)) continue;
    if (r.type === REL.table) {
      const t = tables.heads.find((x) => x.path === target);
      const name = t ? attrs(t.head.slice(6)).name : undefined;
      if (name) tables.names.delete(name.toLowerCase());
      tables.ids.delete(target);
    }
    pkg.remove(target);
    doc.contentTypes = doc.contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
  }
  pkg.remove(oldRelsPath);
}

/** The sheet's place in workbook.xml: the existing one (its print names dropped), or a new one at the end. */
function placeSheet(doc: Doc, spec: SheetSpec, relIds: Set<string>): { path: string; index: number; added: boolean } {
  const state = spec.visibility && spec.visibility !== 'visible' ? ` state="${spec.visibility}"` : '';
  const existing = doc.sheets.find((s) => s.name === spec.name);
  if (existing?.path) {
    const index = doc.sheets.indexOf(existing);
    const newTag = existing.xml.replace(/\s+state="[^"]*"/, '').replace(/\s*\/?>$/, `${state}/>`);
    doc.workbookXml = doc.workbookXml.replace(existing.xml, newTag);
    doc.workbookXml = doc.workbookXml.replace(/<definedName\b([^>]*)>[^<]*<\/definedName>/g, (whole, a: string) => {
      const d = attrs(a);
      return (d.name === '_xlnm.Print_Titles' || d.name === '_xlnm.Print_Area') && d.localSheetId === String(index) ? '' : whole;
    });
    return { path: existing.path, index, added: false };
  }
  let n = 1;
  while (doc.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  const rid = unusedId(relIds, 'rId');
  relIds.add(rid);
  doc.wbRelsXml = doc.wbRelsXml.replace('</Relationships>', `<Relationship Id="${rid}" Type="${REL.worksheet}" Target="worksheets/sheet${n}.xml"/></Relationships>`);
  doc.contentTypes = doc.contentTypes.replace('</Types>', `<Override PartName="/${path}" ContentType="${CT.worksheet}"/></Types>`);
  const sheetId = Math.max(0, ...doc.sheets.map((s) => s.sheetId || 0)) + 1;
  const tag = `<sheet name="${esc(spec.name)}" sheetId="${sheetId}"${state} ${doc.relPrefix}:id="${rid}"/>`;
  doc.workbookXml = doc.workbookXml.replace('</sheets>', `${tag}</sheets>`);
  doc.sheets.push({ name: spec.name, sheetId, path, xml: tag });
  return { path, index: doc.sheets.length - 1, added: true };
}

/** The sheet's table part, named apart from every other table and defined name. */
function addTable(doc: Doc, sheetPath: string, table: NonNullable<ReturnType<typeof renderSheet>['table']>, tables: Tables): void {
  let name = table.name;
  for (let k = 2; tables.names.has(name.toLowerCase()); k++) name = `${table.name}${k}`;
  tables.names.add(name.toLowerCase());
  let k = 1;
  while (doc.pkg.has(`xl/tables/table${k}.xml`)) k++;
  const tablePath = `xl/tables/table${k}.xml`;
  const id = Math.max(0, ...tables.ids.values()) + 1;
  tables.ids.set(tablePath, id);
  doc.pkg.put(tablePath, tableXml(id, name, table.ref, table.columns));
  doc.contentTypes = doc.contentTypes.replace('</Types>', `<Override PartName="/${tablePath}" ContentType="${CT.table}"/></Types>`);
  doc.pkg.put(relsPathOf(sheetPath), emptyRels().replace('</Relationships>', `<Relationship Id="rId1" Type="${REL.table}" Target="../tables/table${k}.xml"/></Relationships>`));
}

/** The print titles and areas of a sheet at `index`, as defined names. */
function printNames(spec: SheetSpec, index: number): string {
  const names: string[] = [];
  if (spec.print?.titleRows) {
    const [from, to] = spec.print.titleRows.split(':');
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(qualified(spec.name, `$${from}:$${to ?? from}`))}</definedName>`);
  }
  if (spec.print?.areas?.length) {
    const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(spec.print.areas.map((a) => qualified(spec.name, absolute(a))).join(','))}</definedName>`);
  }
  return names.join('');
}

/** 2. EvalSheet's own sheets, added or replaced in place, with their tables, styles and print names. */
async function writeOwnSheets(doc: Doc, cellStyles: StyleBook | null): Promise<void> {
  const { pkg, plan } = doc;
  if (!doc.stylesPath) throw new UnsupportedPart('書式の部品（styles.xml）がありません');
  const styles = cellStyles ?? new StyleBook(await pkg.need(doc.stylesPath));
  const tables = await tablesOf(doc);
  const relIds = new Set(readRels(doc.wbRelsXml).map((r) => r.id));
  const added: string[] = [];
  for (const { spec } of plan.sheets) {
    const existing = doc.sheets.find((s) => s.name === spec.name);
    if (existing?.path) await dropOldCopy(doc, existing.path, tables);
    const place = placeSheet(doc, spec, relIds);
    if (place.added) added.push(spec.name);
    const rendered = renderSheet(spec, styles, plan.scale, 'rId1');
    pkg.put(place.path, rendered.xml);
    if (rendered.table) addTable(doc, place.path, rendered.table, tables);
    const names = printNames(spec, place.index);
    if (names) doc.workbookXml = withDefinedNames(doc.workbookXml, names);
  }
  if (styles.changed) pkg.put(doc.stylesPath, styles.toXml());
  await listSheets(pkg, doc.rootRels, added);
}

/** The zip of the package's parts: by `options.pack` (parts in chunks deflated as they come) or JSZip. */
async function packed(pkg: Package, options: PackOptions): Promise<Uint8Array> {
  const level = options.level ?? 6;
  if (options.pack) {
    const entries = await Promise.all(
      Object.values(pkg.zip.files)
        .filter((f) => !f.dir)
        .map(async (f) => {
          const text = pkg.written.get(f.name);
          if (text === undefined) return { name: f.name, data: await f.async('uint8array') };
          if (typeof text === 'string') return { name: f.name, data: encoder.encode(text) };
          return { name: f.name, data: () => mapIterable(text.chunks(), (c) => encoder.encode(c)) };
        }),
    );
    return options.pack(entries, level);
  }
  for (const [path, text] of pkg.written) if (typeof text !== 'string') pkg.zip.file(path, wholeText(text), { date: PART_DATE, createFolders: false });
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level } });
}
