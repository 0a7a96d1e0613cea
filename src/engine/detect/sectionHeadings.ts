/**
 * Numbered section headings of a document (「１　活動指標」「２　成果指標」「３　総合評価」, 「(2)」「第3」): a table
 * captioned by one section's heading ends where the next section of the same numbering begins, apart from the
 * table by a blank line. What follows (a 総合評価 section's 今後の方向性 | 現状維持, 担当課評価 | B) belongs to that
 * section, never to the table above: no indicator.
 */
import type { Grid } from './grid';
import type { CellIndex } from './cells';

export interface SectionNumber {
  /** How the number is written: 'plain' (１　…, 1．…), 'bracket' ((1) …, （１）…), 'dai' (第1 …). */
  style: 'plain' | 'bracket' | 'dai';
  n: number;
}

const KANJI = '〇一二三四五六七八九十';
const toNumber = (s: string): number => (/^\d+$/.test(s) ? Number(s) : s === '十' ? 10 : KANJI.indexOf(s));

/** The section number a heading starts with, followed by its title; null for any other text. */
export function sectionNumber(text: string): SectionNumber | null {
  const t = text.normalize('NFKC').trim();
  let m = /^(\d{1,2}|[一二三四五六七八九十])(?:\s+|[.、]\s*)(?=\D)\S/.exec(t);
  if (m) return { style: 'plain', n: toNumber(m[1]) };
  m = /^\((\d{1,2}|[一二三四五六七八九十])\)\s*(?=\D)\S/.exec(t);
  if (m) return { style: 'bracket', n: toNumber(m[1]) };
  m = /^第(\d{1,2}|[一二三四五六七八九十])[\s章節部]*(?=\D)\S/.exec(t);
  return m ? { style: 'dai', n: toNumber(m[1]) } : null;
}

/** The text cells of a row within columns lo..hi. */
const textsIn = (index: CellIndex, row: number, lo: number, hi: number) => index.row(row).filter((c) => c.text.trim() && c.right >= lo && c.col <= hi);

/** A heading alone on its row in the table's columns, numbered: its section number. */
function headingAt(index: CellIndex, row: number, lo: number, hi: number): SectionNumber | null {
  const cells = textsIn(index, row, lo, hi);
  return cells.length === 1 ? sectionNumber(cells[0].text) : null;
}

/** The numbered section heading captioning a table: alone on its row, at most two rows above the header (blank rows between). */
export function sectionCaption(grid: Grid, index: CellIndex, headerRow: number, lo: number, hi: number): SectionNumber | null {
  for (let r = headerRow - 1; r >= Math.max(grid.top, headerRow - 2); r--) {
    if (!textsIn(index, r, lo, hi).length) continue;
    return headingAt(index, r, lo, hi);
  }
  return null;
}

/**
 * A heading first on its row with only a mark beside it (「３　総合評価 | A」: the section's rating written on its heading's
 * row, nothing else on it, right beside the heading): a mark is a letter or two, or a sign (A, Ｓ, ◎); a figure or a unit
 * beside a numbered name is a row of the table, and so is a mark across blank cells (its grade in the table's 評価 column).
 */
function headingWithMark(index: CellIndex, row: number, lo: number, hi: number): SectionNumber | null {
  const cells = index.row(row).filter((c) => c.right >= lo && c.col <= hi);
  if (cells.length !== 2 || !/^(?:[A-Za-zＡ-Ｚａ-ｚ]{1,2}|[◎○◯△×●▲])$/.test(cells[1].text.trim())) return null;
  // Right beside the heading (its merge's end): a mark further along, under the table's 評価 column, is a row's own grade (review rv51).
  if (cells[1].col !== cells[0].right + 1) return null;
  return sectionNumber(cells[0].text);
}

/**
 * Whether a row of the table's body starts the next section after the caption's: numbered alike, higher, after a blank
 * line; alone on its row, or with a mark beside it.
 */
export function startsNextSection(index: CellIndex, row: number, lo: number, hi: number, caption: SectionNumber | null): boolean {
  if (!caption || textsIn(index, row - 1, lo, hi).length) return false;
  const h = headingAt(index, row, lo, hi) ?? headingWithMark(index, row, lo, hi);
  return !!h && h.style === caption.style && h.n > caption.n;
}
