/**
 * Which cell formats strike their text through (取り消し線): the styles part's fonts with a <strike/> (not val="0"), and
 * per cellXfs entry whether its fontId is one of them. The direct reader (fastSnapshot.ts) lists the filled cells of those
 * formats as the sheet's struck cells (SheetSnapshot.struck), as the exceljs reader does from each cell's font.
 */
import { attrs } from './xml';

const P = '(?:[\\w-]+:)?';
const FONTS = new RegExp(`<${P}fonts\\b[^>]*>([\\s\\S]*?)</${P}fonts>`);
const FONT = new RegExp(`<${P}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}font>)`, 'g');
const STRIKE = new RegExp(`<${P}strike\\b([^<>]*?)/?>`);
const XFS = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`);
const XF = new RegExp(`<${P}xf\\b([^<>]*?)/?>`, 'g');

/** Whether a font's <strike> element is on (no val, or val 1 / true). */
function strikes(inner: string | undefined): boolean {
  const m = inner ? STRIKE.exec(inner) : null;
  if (!m) return false;
  const val = attrs(m[1]).val;
  return val === undefined || val === '1' || val === 'true';
}

/** Per cellXfs index, whether the format's font is struck through; empty when no font is. */
export function struckFormats(styles: string | null): boolean[] {
  const fonts = styles ? FONTS.exec(styles)?.[1] : undefined;
  if (!fonts || !STRIKE.test(fonts)) return [];
  const struckFont = [...fonts.matchAll(FONT)].map((m) => strikes(m[1]));
  const xfs = XFS.exec(styles!)?.[1] ?? '';
  return [...xfs.matchAll(XF)].map((m) => struckFont[Number(attrs(m[1]).fontId ?? 0)] === true);
}
