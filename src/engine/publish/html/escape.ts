/**
 * Every workbook text goes into the site through these: `text` for element content, `attr` for an
 * attribute value (always written in double quotes). Both escape & < > " ' so that a name holding
 * markup (「<script>」「&amp;」) stays the text it is, in content and attributes alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function text(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export const attr = text;

/** A text of several lines: each line escaped, joined by <br>. */
export function lines(s: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => text(l))
    .join('<br>');
}

/**
 * HTML built from escaped parts: a tagged template whose interpolations are escaped unless they are
 * already `Html` (made by this tag or `raw`). Arrays of Html are joined.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function raw(s: string): Html {
  return new Html(s);
}

type Part = Html | string | number | null | undefined | false | Html[];

function part(p: Part): string {
  if (p === null || p === undefined || p === false) return '';
  if (p instanceof Html) return p.value;
  if (Array.isArray(p)) return p.map((x) => x.value).join('');
  return text(String(p));
}

/**
 * The template's own text without the source's indentation: a line break with its indentation next to a tag is
 * dropped, elsewhere it is one space (as the browser would read it). Only the template's literal text: the
 * interpolated workbook texts keep every character. Made once per template.
 */
const compacted = new WeakMap<TemplateStringsArray, string[]>();

function compactStrings(strings: TemplateStringsArray): string[] {
  let out = compacted.get(strings);
  if (!out) {
    out = strings.map((s) =>
      s
        .replace(/>[ \t]*\n\s*/g, '>')
        .replace(/\s*\n\s*</g, '<')
        .replace(/\s*\n\s*/g, ' '),
    );
    compacted.set(strings, out);
  }
  return out;
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  const literal = compactStrings(strings);
  let out = literal[0];
  parts.forEach((p, i) => (out += part(p) + literal[i + 1]));
  return new Html(out);
}
