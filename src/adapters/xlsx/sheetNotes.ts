/**
 * The notes (comments) of a worksheet part, read from its comments part: the text a clerk wrote on
 * a cell (「少ないほど良い」) by its A1 address. Threaded comments keep a plain copy in the same
 * part, so they are read too. A part that is missing or holds no comment gives none.
 */
import type { PartReader } from './zipReader';
import { attrs, relsPathOf, resolveTarget, unesc } from './xml';

const P = '(?:[\\w-]+:)?';
const COMMENT = new RegExp(`<${P}comment\\b([^<>]*)>([\\s\\S]*?)</${P}comment>`, 'g');
const T = new RegExp(`<${P}t\\b[^<>]*>([\\s\\S]*?)</${P}t>`, 'g');
const RPH = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');

/** The notes of one comments part's XML, by cell address. */
export function notesOf(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of xml.matchAll(COMMENT)) {
    const ref = attrs(m[1]).ref;
    if (!ref) continue;
    let text = '';
    for (const t of m[2].replace(RPH, '').matchAll(T)) text += unesc(t[1]);
    if (text.trim()) out[ref.replace(/\$/g, '').toUpperCase()] = text;
  }
  return out;
}

/** The notes of the worksheet at `sheetPart`, or null when it has none. */
export async function sheetNotes(part: PartReader, sheetPart: string): Promise<Record<string, string> | null> {
  const rels = await part(relsPathOf(sheetPart));
  if (!rels) return null;
  const dir = sheetPart.slice(0, sheetPart.lastIndexOf('/'));
  const notes: Record<string, string> = {};
  for (const m of rels.matchAll(/<Relationship\b([^<>]*?)\/?>/g)) {
    const a = attrs(m[1]);
    if (!a.Type?.endsWith('/comments') || !a.Target || a.TargetMode === 'External') continue;
    const xml = await part(resolveTarget(dir, a.Target));
    if (xml) Object.assign(notes, notesOf(xml));
  }
  return Object.keys(notes).length ? notes : null;
}
