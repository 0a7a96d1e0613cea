/**
 * Adds the few cell styles EvalSheet's own sheets use to an existing workbook's styles.xml,
 * leaving every existing style (and so every existing cell's look) exactly as it was.
 */
import type { CellStyle, WritePlan } from '../../engine/model/plan';
import { attrs, countTags, esc, UnsupportedPart } from './xml';

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

interface Look {
  font?: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string };
  fill?: string;
  border?: 'thin' | 'total';
  align?: boolean;
  unlocked?: boolean;
  /** Text wraps in the cell (headers wrap already). */
  wrap?: boolean;
}

const LOOKS: Partial<Record<CellStyle, Look>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: { font: { bold: true }, fill: 'D9E1F2', border: 'thin', align: true },
  link: { font: { color: '0563C1', underline: true } },
  total: { font: { bold: true }, border: 'total' },
  input: { fill: 'FFF2CC', border: 'thin', unlocked: true },
  note: { font: { italic: true, color: '595959' } },
};

const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'] as const;
type Section = (typeof SECTIONS)[number];
const CHILD: Record<Section, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
  cellStyles: 'cellStyle',
  dxfs: 'dxf',
};

export class StyleBook {
  private readonly added: Record<Section, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellStyleXfs: [],
    cellXfs: [],
    cellStyles: [],
    dxfs: [],
  };
  private readonly base: Record<Section, number>;
  private readonly existing = {} as Record<Section, string[]>;
  private readonly cache = new Map<string, number>();
  /** Per style and format, the xf of [locked, unlocked, locked wrapped, unlocked wrapped] (-1 until asked). */
  private readonly xfs = new Map<CellStyle | undefined, Map<string | undefined, number[]>>();
  private readonly existingFormats = new Map<string, number>();
  private nextFormatId: number;
  private readonly defaultFont: string;
  /** Set once the styles part is written: a style first asked for after that would be missing from it. */
  private sealed = false;

  /** Throws when styles.xml is not in the shape Excel writes (the caller then falls back). */
  constructor(private readonly xml: string) {
    if (!/<styleSheet[\s>]/.test(xml)) throw new UnsupportedPart('書式の部品（styles.xml）が接頭辞付きの見慣れない形です');
    this.base = {} as Record<Section, number>;
    for (const s of SECTIONS) {
      const body = this.section(s) ?? '';
      this.base[s] = countTags(body, CHILD[s]);
      const t = CHILD[s];
      this.existing[s] = body.match(new RegExp(`<${t}\\b[^>]*/>|<${t}\\b[^>]*>[\\s\\S]*?</${t}>`, 'g')) ?? [];
    }
    for (const s of ['fonts', 'fills', 'borders', 'cellXfs'] as const)
      if (this.section(s) === null) throw new UnsupportedPart(`書式の部品（styles.xml）に ${s} がありません`);
    let max = 163;
    for (const m of (this.section('numFmts') ?? '').matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) {
      max = Math.max(max, Number(m[1]));
      this.existingFormats.set(m[2], Number(m[1]));
    }
    this.nextFormatId = max + 1;
    const font = /<font>([\s\S]*?)<\/font>/.exec(this.section('fonts') ?? '');
    this.defaultFont = (font?.[1] ?? '<sz val="11"/>').replace(/<(b|i|u|strike|color)\b[^>]*\/>/g, '');
  }

  private section(s: Section): string | null {
    const m = new RegExp(`<${s}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${s}>)`).exec(this.xml);
    return m ? (m[1] ?? '') : null;
  }

  /** The index of an identical entry (from an earlier run, say), else of a new one. */
  private add(s: Section, xml: string): number {
    if (this.existing[s].length === this.base[s]) {
      const i = this.existing[s].indexOf(xml);
      if (i >= 0) return i;
    }
    const j = this.added[s].indexOf(xml);
    if (j >= 0) return this.base[s] + j;
    this.unsealed();
    this.added[s].push(xml);
    return this.base[s] + this.added[s].length - 1;
  }

  private formatId(code: string | undefined): number {
    if (!code) return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.existingFormats.get(esc(code));
    if (known !== undefined) return known;
    this.unsealed();
    const id = this.nextFormatId++;
    this.existingFormats.set(esc(code), id);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return id;
  }

  /** The cellXfs index for a plan style and number format (0 = the workbook's default). */
  xf(style: CellStyle | undefined, numberFormat?: string, unlocked = false, wrap = false): number {
    // Asked once per cell of sheets with tens of thousands of rows: looked up without building a key.
    let byFormat = this.xfs.get(style);
    if (!byFormat) this.xfs.set(style, (byFormat = new Map()));
    let pair = byFormat.get(numberFormat);
    if (!pair) byFormat.set(numberFormat, (pair = [-1, -1, -1, -1]));
    const slot = (unlocked ? 1 : 0) + (wrap ? 2 : 0);
    if (pair[slot] >= 0) return pair[slot];
    const base = (style && LOOKS[style]) || {};
    const look: Look = { ...base };
    if (unlocked) look.unlocked = true;
    if (wrap && !base.align) look.wrap = true;
    const numFmtId = this.formatId(numberFormat);
    let id = 0;
    if (numFmtId !== 0 || Object.keys(look).length) {
      const f = look.font;
      const fontId = f
        ? this.add(
            'fonts',
            `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}${f.size ? `<sz val="${f.size}"/>${this.defaultFont.replace(/<sz\b[^>]*\/>/, '')}` : this.defaultFont}${f.color ? `<color rgb="FF${f.color}"/>` : ''}</font>`,
          )
        : 0;
      const fillId = look.fill
        ? this.add('fills', `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`)
        : 0;
      const thin = '<color rgb="FFBFBFBF"/>';
      const borderId = look.border
        ? this.add(
            'borders',
            `<border><left style="thin">${thin}</left><right style="thin">${thin}</right><top style="${look.border === 'total' ? 'medium' : 'thin'}">${thin}</top><bottom style="thin">${thin}</bottom><diagonal/></border>`,
          )
        : 0;
      const alignment = look.align ? '<alignment horizontal="center" vertical="center" wrapText="1"/>' : look.wrap ? '<alignment wrapText="1"/>' : '';
      const inner = `${alignment}${look.unlocked ? '<protection locked="0"/>' : ''}`;
      const flags = [
        numFmtId ? ' applyNumberFormat="1"' : '',
        fontId ? ' applyFont="1"' : '',
        fillId ? ' applyFill="1"' : '',
        borderId ? ' applyBorder="1"' : '',
        look.align || look.wrap ? ' applyAlignment="1"' : '',
        look.unlocked ? ' applyProtection="1"' : '',
      ].join('');
      id = this.add(
        'cellXfs',
        `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}${inner ? `>${inner}</xf>` : '/>'}`,
      );
    }
    pair[slot] = id;
    return id;
  }

  /**
   * The cellXfs index of cell style `s` (an existing or added one; 0 = the default) with the number
   * format `code` instead of its own: its font, fill, border, alignment and protection kept.
   */
  withNumberFormat(s: number, code: string): number {
    const current = s < this.base.cellXfs ? this.existing.cellXfs[s] : this.added.cellXfs[s - this.base.cellXfs];
    const xf = current ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const numFmtId = this.formatId(code);
    const head = /^<xf\b[^>]*?(?=\/?>)/.exec(xf)![0];
    const a = attrs(head.slice(3));
    if (Number(a.numFmtId ?? 0) === numFmtId) return s;
    const newHead = `${head.replace(/\s+(?:numFmtId|applyNumberFormat)="[^"]*"/g, '')} numFmtId="${numFmtId}" applyNumberFormat="1"`;
    return this.add('cellXfs', newHead + xf.slice(head.length));
  }

  /** dxf ids for the grade colours, in scale order. */
  gradeDxfs(scale: WritePlan['scale']): number[] {
    const key = `dxf|${scale.map((s) => s.fill + s.font).join(',')}`;
    const first = this.cache.get(key);
    if (first !== undefined) return scale.map((_, i) => first + i);
    const ids = scale.map((s) =>
      this.add(
        'dxfs',
        `<dxf><font><color rgb="FF${s.font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${s.fill}"/></patternFill></fill></dxf>`,
      ),
    );
    if (ids.length) this.cache.set(key, ids[0]);
    return ids;
  }

  /** The dxf id of a fill and font colour (a cell coloured by its value). */
  colourDxf(fill: string, font: string): number {
    return this.add(
      'dxfs',
      `<dxf><font><color rgb="FF${font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`,
    );
  }

  get changed(): boolean {
    return SECTIONS.some((s) => this.added[s].length > 0);
  }

  private unsealed(): void {
    if (this.sealed) throw new Error('a cell style was first used after the styles part was written');
  }

  /** styles.xml with the added entries and corrected counts; no style can be added after. */
  toXml(): string {
    this.sealed = true;
    let xml = this.xml;
    for (const s of SECTIONS) {
      if (!this.added[s].length) continue;
      const total = this.base[s] + this.added[s].length;
      const extra = this.added[s].join('');
      const re = new RegExp(`<${s}\\b([^>]*?)(/>|>([\\s\\S]*?)</${s}>)`);
      const m = re.exec(xml);
      if (m) {
        const attrsText = m[1].replace(/\s*count="\d*"/, '');
        const body = m[2] === '/>' ? '' : (m[3] ?? '');
        xml = xml.slice(0, m.index) + `<${s}${attrsText} count="${total}">${body}${extra}</${s}>` + xml.slice(m.index + m[0].length);
      } else {
        // Only numFmts and dxfs can be missing: numFmts opens the styleSheet, dxfs follows cellStyles.
        const block = `<${s} count="${total}">${extra}</${s}>`;
        if (s === 'numFmts') xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1${block}`);
        else {
          const after = /<\/cellStyles>|<cellStyles\b[^>]*\/>/.exec(xml) ?? /<\/cellXfs>/.exec(xml);
          if (!after) throw new UnsupportedPart('書式の部品（styles.xml）に条件付き書式（dxfs）を置く場所がありません');
          const at = after.index + after[0].length;
          xml = xml.slice(0, at) + block + xml.slice(at);
        }
      }
    }
    return xml;
  }
}

/**
 * Per cellXfs index, whether a cell of that style is unlocked (<protection locked="0"/>, or
 * "false" as LibreOffice writes it), read as the readers read it: what the engine may plan to
 * write on a protected sheet is exactly what the package writer may write there.
 */
export function unlockedXfs(stylesXml: string): boolean[] {
  const P = '(?:[\\w-]+:)?';
  const xfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(stylesXml);
  // As the direct reader matches them: an unclosed <xf> cannot swallow the next one.
  const XF = new RegExp(`<${P}xf\\b((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(?:/>|>((?:(?!<${P}xf\\b)[\\s\\S])*?)</${P}xf>)`, 'g');
  const out: boolean[] = [];
  for (const m of (xfs?.[1] ?? '').matchAll(XF)) {
    const prot = m[2] ? new RegExp(`<${P}protection\\b([^>]*?)/?>`).exec(m[2]) : null;
    const locked = prot ? attrs(prot[1]).locked : undefined;
    out.push(locked === '0' || locked === 'false');
  }
  return out;
}
