/** Small string helpers for the SpreadsheetML parts the package writer edits in place. */

/* eslint-disable no-control-regex -- these patterns exist to find control characters */
// Characters XML 1.0 does not allow, even escaped (cells sometimes hold them after a paste).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function esc(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unesc(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** The attributes of one start tag's attribute text (`name="v" r:id="rId1"`), unescaped. */
export function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unesc(m[2] ?? m[3] ?? '');
  return out;
}

/** The value of the attribute whose local name is `local` (any prefix), e.g. `r:id`. */
export function attrLocal(a: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(a)) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

/** Counts the child elements named `tag` in a section's text. */
export function countTags(section: string, tag: string): number {
  return (section.match(new RegExp(`<${tag}[\\s>/]`, 'g')) ?? []).length;
}

/** Resolves a relationship target against the folder of the part that owns the relationships. */
export function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${baseDir}/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** The relationship part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

/** A part in a shape the package writer does not edit; the caller writes the workbook another way. */
export class UnsupportedPart extends Error {}
