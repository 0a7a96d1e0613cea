/**
 * Is a part well-formed XML (with namespaces)? Checked on every XML part an output would carry, so
 * that a part no reader can parse is never copied into a new file (issue 14). One pass, linear in
 * the text whatever it holds, no DTD taken (a DOCTYPE is a problem in itself here), nothing resolved.
 * Says why in Japanese, or null when the part is well-formed.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NAME = /^[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*(?::[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*)?$/;
const REFERENCE = /^&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Names already found valid in this part (a sheet repeats c, row, v, r, s, t a million times). */
let validNames = new Set<string>();
function validName(name: string): boolean {
  if (validNames.has(name)) return true;
  if (!NAME.test(name)) return false;
  if (validNames.size < 10000) validNames.add(name);
  return true;
}

function isXmlChar(code: number): boolean {
  return (
    code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The problem with the `&` at `at` in text or an attribute value, or null when it starts a valid reference. */
function badReference(text: string, at: number): string | null {
  const m = REFERENCE.exec(text.slice(at, at + 12));
  if (!m) return `「&」が文字参照になっていません（${at}文字目）`;
  if (m[0][1] === '#') {
    const code = m[0][2] === 'x' ? parseInt(m[0].slice(3, -1), 16) : Number(m[0].slice(2, -1));
    if (!isXmlChar(code)) return `XMLで使えない文字の参照 ${m[0]} があります`;
  }
  return null;
}

function checkText(text: string, offset: number): string | null {
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const bad = badReference(text, i);
    if (bad) return bad.replace(/（\d+文字目）/, `（${offset + i}文字目）`);
  }
  return null;
}

interface Open {
  name: string;
  /** Prefixes declared on this element (prefix → namespace). */
  ns: Map<string, string> | null;
}

/** Attributes of a start tag's inside (after the name): duplicates, quoting, `<` and references; namespace declarations collected. */
function readAttributes(inside: string, offset: number): { names: string[]; ns: Map<string, string> | null } | string {
  const names: string[] = [];
  const seen = new Set<string>();
  let ns: Map<string, string> | null = null;
  let i = 0;
  const n = inside.length;
  while (i < n) {
    const c = inside.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    if (i > 0 && !/\s/.test(inside[i - 1])) return `属性の間に空白がありません（${offset + i}文字目）`;
    const eq = inside.indexOf('=', i);
    if (eq < 0) return `値のない属性があります（${offset + i}文字目）`;
    const name = inside.slice(i, eq).trim();
    if (!validName(name)) return `属性名「${name.slice(0, 40)}」が正しくありません`;
    if (seen.has(name)) return `属性「${name}」が重複しています`;
    seen.add(name);
    names.push(name);
    let j = eq + 1;
    while (j < n && /\s/.test(inside[j])) j++;
    const q = inside[j];
    if (q !== '"' && q !== "'") return `属性「${name}」の値が引用符で囲まれていません`;
    const end = inside.indexOf(q, j + 1);
    if (end < 0) return `属性「${name}」の値が閉じていません`;
    const value = inside.slice(j + 1, end);
    if (value.includes('<')) return `属性「${name}」の値に「<」があります`;
    const bad = checkText(value, offset + j + 1);
    if (bad) return bad;
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      ns ??= new Map();
      ns.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
    i = end + 1;
  }
  return { names, ns };
}

function declared(stack: Open[], own: Map<string, string> | null, prefix: string): boolean {
  if (prefix === 'xml' || prefix === 'xmlns') return true;
  if (own?.has(prefix)) return own.get(prefix) !== '';
  for (let k = stack.length - 1; k >= 0; k--) {
    const v = stack[k].ns?.get(prefix);
    if (v !== undefined) return v !== '';
  }
  return false;
}

/** The index of the `>` that ends the tag starting before `from` ('>' may stand in quoted values), or -1. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 60) return -1; // '<' in a value: not well-formed (and the tag would never end)
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
    else if (c === 60) return -1;
  }
  return -1;
}

/** Why `xml` is not well-formed XML, or null. */
export function xmlProblem(xml: string): string | null {
  validNames = new Set();
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (!text.trim()) return '中身が空です';
  const invalid = INVALID_CHAR.exec(text);
  if (invalid) return `XMLで使えない制御文字（U+${invalid[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}）があります`;
  const stack: Open[] = [];
  let roots = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? n : lt);
    if (chunk) {
      if (!stack.length && chunk.trim()) return `ルート要素の外に文字があります（${i}文字目）`;
      const bad = checkText(chunk, i);
      if (bad) return bad;
      if (chunk.includes(']]>')) return `文字の中に「]]>」があります（${i}文字目）`;
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return 'コメントが閉じていません（途中で切れています）';
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      if (!stack.length) return 'ルート要素の外に CDATA があります';
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return 'CDATA が閉じていません（途中で切れています）';
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return '処理命令（<?…?>）が閉じていません';
      if (/^<\?xml[\s?]/i.test(text.slice(lt, lt + 6)) && lt !== 0) return 'XML宣言が先頭にありません';
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      return /^<!DOCTYPE/i.test(text.slice(lt, lt + 9)) ? 'DTD（<!DOCTYPE>）が含まれています' : `「<!」で始まる正しくない記述があります（${lt}文字目）`;
    } else {
      const gt = tagEnd(text, lt + 1);
      if (gt < 0) return `タグが閉じていないか、タグの中に「<」があります（${lt}文字目）`;
      const tag = text.slice(lt + 1, gt);
      if (tag.startsWith('/')) {
        const name = tag.slice(1).trim();
        const open = stack.pop();
        if (!open) return `開始タグのない終了タグ </${name.slice(0, 40)}> があります`;
        if (open.name !== name) return `終了タグ </${name.slice(0, 40)}> が開始タグ <${open.name}> と合いません`;
      } else {
        const selfClosing = tag.endsWith('/');
        const body = selfClosing ? tag.slice(0, -1) : tag;
        const nameEnd = body.search(/[\s]/);
        const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
        if (!validName(name)) return `要素名「${name.slice(0, 40)}」が正しくありません（${lt}文字目）`;
        if (!stack.length && roots++ > 0) return 'ルート要素が二つ以上あります';
        const a = readAttributes(nameEnd < 0 ? '' : body.slice(nameEnd), lt + 1 + (nameEnd < 0 ? 0 : nameEnd));
        if (typeof a === 'string') return a;
        for (const qname of [name, ...a.names]) {
          const colon = qname.indexOf(':');
          if (colon > 0 && !(qname.startsWith('xmlns:') && qname !== name) && !declared(stack, a.ns, qname.slice(0, colon)))
            return `名前空間の接頭辞「${qname.slice(0, colon)}」が宣言されていません（<${name}>）`;
        }
        if (a.ns?.get('xml') !== undefined && a.ns.get('xml') !== XML_NS) return '接頭辞 xml が別の名前空間に宣言されています';
        if (!selfClosing) stack.push({ name, ns: a.ns });
      }
      i = gt + 1;
    }
  }
  if (stack.length) return `要素 <${stack[stack.length - 1].name}> が閉じていません（途中で切れています）`;
  if (!roots) return 'ルート要素がありません';
  return null;
}
