/**
 * How much room a text takes in a cell, for EvalSheet's own sheets: column widths are in Excel's
 * units (the width of a digit of the default font); a full-width (Japanese) character takes about
 * two. Used to make rows with wrapped text tall enough, since a row's height is stored in the file
 * and Excel does not grow it when the file is opened.
 */
import type { PlanCell } from '../model/plan';

/** A full-width character's width in digit widths (about 1.75 in Excel's and LibreOffice's default fonts). */
const FULL_WIDTH = 1.8;

/** The default row height of Excel's 11-point font, in points: one line. */
export const LINE_HEIGHT = 15;

/** Full-width characters (CJK, kana, full-width forms) count 1.8; everything else one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? FULL_WIDTH
        : 1;
  }
  return w;
}

/** Lines a text takes when wrapped in a column `width` wide (explicit line breaks kept). */
export function linesIn(text: string, width: number): number {
  const room = Math.max(1, width - 1); // the cell's padding
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
}

/**
 * Heights for the rows whose wrapped cells need more than one line: 1-based row number → points.
 * `firstRow` is the row number of rows[0]; a cell wraps when it says so (`wrap`) or is a header.
 */
export function wrappedRowHeights(rows: (PlanCell | null)[][], widths: number[], firstRow = 1): Record<number, number> {
  const out: Record<number, number> = {};
  rows.forEach((row, i) => {
    let lines = 1;
    row.forEach((pc, c) => {
      if (!pc || pc.value === null || pc.value === '' || !(pc.wrap || pc.style === 'header')) return;
      lines = Math.max(lines, linesIn(String(pc.value), widths[c] ?? 8.43));
    });
    if (lines > 1) out[firstRow + i] = lines * LINE_HEIGHT;
  });
  return out;
}

/** A column width that fits the longest of `texts` on one line, within [min, max] (longer ones wrap). */
export function fittingWidth(texts: Iterable<string | null | undefined>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) if (t) widest = Math.max(widest, ...t.split('\n').map(displayWidth));
  return Math.min(max, Math.max(min, Math.ceil(widest) + 2));
}
