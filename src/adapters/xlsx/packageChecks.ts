/**
 * What a written package must never carry (issue 14): a relationship leaving the package (a path
 * above its root, or a URL or file: target not marked TargetMode="External"), a part no reader can
 * parse, a cell longer than Excel allows. The package writer refuses such an output with
 * WriteRefused, naming the part; the caller turns it into a message naming the file.
 */
import { isOn } from './fastSnapshot';
import { LIMITS } from './limits';
import { attrs, resolveTarget } from './xml';
import { xmlProblem } from './wellFormed';

/** An output the package writer will not write, and why (Japanese, for the message). */
export class WriteRefused extends Error {
  constructor(
    /** The part of the package (or the sheet and cell) concerned. */
    readonly part: string,
    readonly why: string,
  ) {
    super(`${part}: ${why}`);
  }
}

/** A workbook whose structure is protected (no sheet may be added, removed or renamed), given sheets to add or replace. */
export class StructureLocked extends WriteRefused {
  constructor(readonly sheets: string[]) {
    super('xl/workbook.xml', `ブックの構成が保護されているため、シート「${sheets.join('」「')}」を追加・置き換えできません`);
  }
}

/** Whether workbook.xml locks the workbook's structure (<workbookProtection lockStructure="1">, "true" or "on"). */
export function structureLocked(workbookXml: string): boolean {
  const m = /<(?:\w+:)?workbookProtection\b([^<>]*?)\/?>/.exec(workbookXml);
  return !!m && isOn(attrs(m[1]).lockStructure);
}

/** A value longer than a cell can hold (Excel: 32,767 characters). */
export class CellTooLong extends Error {
  constructor(
    readonly cell: string,
    readonly length: number,
  ) {
    super(`${cell}: ${length} characters`);
  }
}

export const MAX_CELL_CHARS = LIMITS.cellChars;

/** A cell past Excel's length as the refusal of the output. */
export function tooLong(e: CellTooLong): WriteRefused {
  return new WriteRefused(
    e.cell,
    `書き込む値が ${e.length.toLocaleString('en-US')}文字あり、Excelのセルに入る上限（${MAX_CELL_CHARS.toLocaleString('en-US')}文字）を超えます`,
  );
}

/** Throws CellTooLong when a text is longer than a cell can hold. */
export function checkCellText(ref: string, value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_CELL_CHARS) throw new CellTooLong(ref, value.length);
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The folder of the part a relationships part belongs to: xl/_rels/workbook.xml.rels → xl; _rels/.rels → ''. */
function ownerFolder(relsPath: string): string {
  const i = relsPath.lastIndexOf('_rels/');
  return i <= 0 ? '' : relsPath.slice(0, i - 1);
}

/** Why an internal relationship target is not allowed, or null; external ones (TargetMode="External") are the user's and kept. */
export function relTargetProblem(relsPath: string, target: string | undefined, external: boolean): string | null {
  if (external) return null;
  if (target === undefined || target === '') return '参照先（Target）がありません';
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A lone '%' (not an escape): the target is read as it is written.
  }
  t = t.replace(/\\/g, '/');
  if (SCHEME.test(t) || t.startsWith('//'))
    return `参照先「${target.slice(0, 80)}」はパッケージの外（URLやファイル）ですが、外部の参照（TargetMode="External"）と書かれていません`;
  let depth = t.startsWith('/') ? 0 : ownerFolder(relsPath).split('/').filter(Boolean).length;
  for (const seg of t.split('/')) {
    if (seg === '..') depth--;
    else if (seg && seg !== '.') depth++;
    if (depth < 0) return `参照先「${target.slice(0, 80)}」がパッケージ（ブック）の外を指しています`;
  }
  return null;
}

/** The part an internal target names (decoded, resolved against the owner's folder). */
function targetPart(relsPath: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // read as written
  }
  return resolveTarget(ownerFolder(relsPath), t.replace(/\\/g, '/'));
}

/**
 * The problems of one relationships part's text. Given `exists`, an internal target (other than a
 * hyperlink) must be a part of the package: a reference to a missing part is damage Excel "repairs".
 */
export function relsProblems(relsPath: string, xml: string, exists?: (part: string) => boolean): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    const external = a.TargetMode === 'External';
    const why = relTargetProblem(relsPath, a.Target, external);
    if (why) out.push(`${a.Id ?? '（Idなし）'}: ${why}`);
    else if (exists && !external && !/\/hyperlink$/.test(a.Type ?? '') && !exists(targetPart(relsPath, a.Target!)))
      out.push(`${a.Id ?? '（Idなし）'}: 参照先の部品「${targetPart(relsPath, a.Target!).slice(0, 80)}」がブックにありません`);
    // Two relationships of one id: which part is meant cannot be told (a reader may take either).
    if (a.Id !== undefined && ids.has(a.Id)) out.push(`${a.Id}: 同じ Id の参照が二つあります`);
    if (a.Id !== undefined) ids.add(a.Id);
  }
  return out;
}

/** Parts checked as XML: everything but binary parts and legacy VML (which Excel itself writes as loose HTML). */
export function isXmlPart(path: string): boolean {
  return /\.(xml|rels)$/i.test(path) || path === '[Content_Types].xml';
}

/**
 * Checks the parts an output would carry. `text(path)` gives a part's text (null: not text, e.g.
 * a UTF-16 part, which is not checked). Throws WriteRefused for the first part that may not be written.
 */
export async function checkParts(paths: string[], text: (path: string) => Promise<string | null>): Promise<void> {
  // Part names are case-insensitive in a package.
  const present = new Set(paths.map((p) => p.toLowerCase()));
  const types = await text('[Content_Types].xml');
  if (types !== null && !xmlProblem(types)) {
    // Every part has a content type (by its extension or by name): one without is "unreadable content" to Excel.
    const defaults = new Set([...types.matchAll(/<(?:\w+:)?Default\b([^<>]*?)\/?>/g)].map((m) => (attrs(m[1]).Extension ?? '').toLowerCase()));
    const overrides = new Set([...types.matchAll(/<(?:\w+:)?Override\b([^<>]*?)\/?>/g)].map((m) => (attrs(m[1]).PartName ?? '').toLowerCase()));
    const untyped = paths.filter(
      (p) =>
        p !== '[Content_Types].xml' &&
        !overrides.has(`/${p.toLowerCase()}`) &&
        !defaults.has(p.includes('.') ? p.slice(p.lastIndexOf('.') + 1).toLowerCase() : ''),
    );
    if (untyped.length)
      throw new WriteRefused(
        '[Content_Types].xml',
        `部品「${untyped.slice(0, 3).join('」「')}」${untyped.length > 3 ? ` ほか${untyped.length - 3}個` : ''}の種類が書かれていません`,
      );
  }
  for (const path of paths) {
    if (!isXmlPart(path)) continue;
    const xml = await text(path);
    if (xml === null) continue;
    const problem = xmlProblem(xml);
    if (problem) throw new WriteRefused(path, `XMLとして読み取れません（${problem}）`);
    if (path.endsWith('.rels')) {
      const rels = relsProblems(path, xml, (part) => present.has(part.toLowerCase()));
      if (rels.length) throw new WriteRefused(path, rels.slice(0, 3).join('、') + (rels.length > 3 ? ` ほか${rels.length - 3}件` : ''));
    }
  }
}
