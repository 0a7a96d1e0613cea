/** Cell helpers for hold-out 51: formulas with cached results, dates, number formats, notes and rich text as Excel writes them. */
import type { Cell, Worksheet } from 'exceljs';

/** A formula with the result Excel cached when the workbook was last saved. */
export const fx = (formula: string, result: number | string) => ({ formula, result }) as never;

/** A date cell (midnight UTC, as exceljs writes dates). */
export const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Sets a value with an optional number format. */
export function cell(ws: Worksheet, ref: string, value: unknown, numFmt?: string): Cell {
  const c = ws.getCell(ref);
  c.value = value as never;
  if (numFmt) c.numFmt = numFmt;
  return c;
}

/** A rich-text value of several runs (the first bold unless `plain`). */
export const rich = (...runs: (string | { text: string; red?: boolean; bold?: boolean })[]) =>
  ({
    richText: runs.map((r, i) =>
      typeof r === 'string'
        ? { text: r, font: i === 0 ? { bold: true, name: 'ＭＳ Ｐゴシック' } : { name: 'ＭＳ Ｐゴシック' } }
        : { text: r.text, font: { bold: !!r.bold, color: r.red ? { argb: 'FFFF0000' } : undefined, name: 'ＭＳ Ｐゴシック' } },
    ),
  }) as never;

/** A cell note (comment) as a clerk leaves it. */
export function note(ws: Worksheet, ref: string, text: string): void {
  ws.getCell(ref).note = { texts: [{ text: '作成者:\n', font: { bold: true } }, { text }] } as never;
}

/** A grade dropdown (入力規則) over a range of cells in one column. */
export function gradeList(ws: Worksheet, col: string, from: number, to: number, list = '"A,B,C,D"'): void {
  for (let r = from; r <= to; r++) ws.getCell(`${col}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
}

/** Conditional fills for A/B/C/D (or other words) in a range: the ratings look coloured by Excel. */
export function gradeColours(ws: Worksheet, ref: string, words = ['A', 'B', 'C', 'D']): void {
  const colours = ['FFC6EFCE', 'FFDDEBF7', 'FFFFEB9C', 'FFFFC7CE'];
  ws.addConditionalFormatting({
    ref,
    rules: words.map((w, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${w}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: colours[i] } } },
    })) as never,
  });
}

export const wrap = { wrapText: true, vertical: 'middle' } as const;
export const shrink = { shrinkToFit: true, wrapText: true, vertical: 'middle' } as const;
