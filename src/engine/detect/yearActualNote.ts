/**
 * A line of the sheet, on a row of its own (under or over a table), whose subject is a year's 実績 as a whole and which says
 * those figures are not final: 「※令和5年度の実績値は速報値であり、確定値は7月に公表予定。」「※R5実績は暫定値です。」
 * 「注：2023年度実績は概数」. Every actual of that year on the sheet (an undated one when the sheet's own year is that year) is
 * read as provisional (or approximate for 概数), as if the word stood beside each number: graded, said as provisional, never
 * silently final. Only the year the note opens with (values/yearActualSubject.ts); a note naming one row first (「No.1のR5実績は
 * 速報値」), a part (「一部速報値を含む」), a denial (「速報値ではなく確定値」), or a note beside a row's figures (a block's 備考:
 * remarkQualifiers.ts) says nothing here.
 */
import { a1 } from '../model/address';
import type { Qualifier } from '../values/qualifiers';
import { yearActualSubject } from '../values/yearActualSubject';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { Point, RawIndicator } from './types';

/** What the note says the figures are, right after its subject: 速報値 / 暫定値 / 見込(値) / 概数, a time of day before it at most. */
const EARLY =
  /^[、,]?(?:[^。、]{0,12}?時点の)?(速報値?|暫定値?|見込み?値?|概数|概算値?)(?:である|であり|です|であって|のため|であるため|を(?:記載|掲載)|[。、(（]|$)/;

/** A note saying the early figures have since been replaced: 「速報値を記載していたが、確定値に更新した」「…確定値に差し替え済み」. */
const REPLACED = /確定値?(?:に|へ)(?:更新|修正|置き?換|差し?替|改め)|確定(?:済|した|しました)/;

/** The year and the qualifier a note states of that year's 実績, or null when it states none. */
export function yearActualQualifier(text: string): { fiscalYear: number; qualifier: Qualifier } | null {
  const subject = yearActualSubject(text);
  if (!subject?.closed) return null;
  const m = EARLY.exec(subject.rest);
  if (!m || REPLACED.test(subject.rest)) return null;
  return { fiscalYear: subject.fiscalYear, qualifier: /概/.test(m[1]) ? 'approximate' : 'provisional' };
}

/** Whether the cell stands alone on its row: no other cell of the row, outside its own merged area, holds anything. */
function aloneOnRow(grid: Grid, row: number, col: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const at = grid.anchor(row, c);
    if ((at.row !== row || at.col !== col) && !grid.isBlank(row, c)) return false;
  }
  return true;
}

/** The sheet's note (its cell, the year, the qualifier), or undefined. */
function findNote(grid: Grid): { cell: string; fiscalYear: number; qualifier: Qualifier } | undefined {
  if (!sheetMentions(grid, '実績')) return undefined;
  for (const { row, col, text } of textCells(grid)) {
    if (text.length > 120 || !text.includes('実績')) continue;
    const stated = yearActualQualifier(text);
    if (stated && aloneOnRow(grid, row, col)) return { cell: a1(row, col), ...stated };
  }
  return undefined;
}

/** Marks each actual of the year a note says is not final (a qualifier it does not carry yet). */
export function applyYearActualNote(grid: Grid, indicators: RawIndicator[], sheetYear: number | null): void {
  const open = (p: Point) => p.parsed.status === 'value' && !p.parsed.qualifier;
  if (!indicators.some((i) => i.actuals.some(open))) return;
  const note = findNote(grid);
  if (!note) return;
  for (const ind of indicators)
    for (const p of ind.actuals) {
      const year = p.period ? p.period.fiscalYear : sheetYear;
      if (p.parsed.status !== 'value' || p.parsed.qualifier || year !== note.fiscalYear) continue;
      p.parsed = { ...p.parsed, qualifier: note.qualifier, text: `${p.parsed.text}（注記 ${note.cell}）` };
    }
}
