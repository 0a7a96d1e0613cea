/**
 * An .xlsx package as parts: read from the original bytes, parts put or removed, checked and packed
 * again. Parts read from the package are checked to be well-formed XML first; every part an output
 * would carry is checked before it is packed (packageChecks.ts).
 */
import JSZip from 'jszip';
import type { WritePlan } from '../../engine/model/plan';
import { checkParts, isXmlPart, WriteRefused } from './packageChecks';
import { wholeText, type PartText } from './sheetXml';
import { xmlProblem } from './wellFormed';
import type { ZipEntry } from './zipWriter';
import { attrs, resolveTarget, UnsupportedPart } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  table: `${REL_NS}/table`,
  calcChain: `${REL_NS}/calcChain`,
  officeDocument: `${REL_NS}/officeDocument`,
};
export const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  xml: string;
}

export function readRels(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => {
    const a = attrs(m[1]);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === 'External', xml: m[0] };
  });
}

export function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

export function unusedId(used: Set<string>, prefix: string): string {
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

export class Package {
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
export const PART_DATE = new Date(Date.UTC(2020, 0, 1));

function* mapIterable<A, B>(xs: Iterable<A>, f: (x: A) => B): Iterable<B> {
  for (const x of xs) yield f(x);
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  path: string | null;
  /** The <sheet> tag in workbook.xml. */
  xml: string;
}

/** The package being written: the parts the patcher edits (as text) and what it knows of them. */
export interface Doc {
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

/** The parts that some relationships part other than `except` (or the root's) refers to. */
export async function referencedElsewhere(pkg: Package, except: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const relsPath of pkg.paths().filter((p) => p.endsWith('.rels') && p !== except)) {
    const i = relsPath.lastIndexOf('_rels/');
    const base = i <= 0 ? '' : relsPath.slice(0, i - 1);
    for (const r of readRels((await pkg.text(relsPath)) ?? '')) if (!r.external) out.add(resolveTarget(base, r.target));
  }
  return out;
}

/** The zip of the package's parts: by `options.pack` (parts in chunks deflated as they come) or JSZip. */
export async function packed(pkg: Package, options: PackOptions): Promise<Uint8Array> {
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
