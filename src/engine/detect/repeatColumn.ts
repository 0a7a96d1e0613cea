/**
 * A 再掲 column: a table whose header has a column headed 「再掲」 (再掲欄, 再掲元, 再掲（施策番号）) marks with a filled cell
 * (「再掲（1-2）」「○」「1-2」) the rows that show again an indicator listed under another heading. Such a row is marked
 * as a name's 「（再掲）」 marks it (names.ts), so it is left out where the workbook reads the same indicator unmarked
 * (repeatedRows.ts). A remark cell written as that mark alone (備考 「再掲（1-2）」「施策1-2の再掲」) marks its row too; a
 * remark saying the indicator is shown again elsewhere (「施策2-1に再掲」: this row is the original) or only mentioning
 * 再掲 in a sentence does not. A 再掲 cell holding 「－」 or 「なし」 marks nothing.
 */
import type { Grid } from './grid';
import type { Column } from './header';
import type { RawIndicator } from './types';

/** The heading of a 再掲 column, its bracketed note aside. */
const REPEAT_HEADING = /^再掲(?:欄|元|指標|の別|の有無|区分)?(?:[(（][^()（）]*[)）])?$/;
/** A cell that is a 再掲 mark alone: 「再掲」「（再掲）」「再掲（1-2）」「再掲：施策3」「施策1-2の再掲」「1-2から再掲」. */
const REPEAT_MARK = /^(?:[【［[(（]?再掲(?:[】］\])）]|[:：(（][^。、]{0,20}[)）]?)?|[^。、]{1,20}(?:の|から)再掲[】］\])）]?)$/;
/** An empty-like cell: no mark. */
const NONE = /^(?:[-－―—‐ー−]+|なし|無し|無|×)$/;

const compact = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** The columns (lo.. the header's end) of the band whose heading is 再掲. */
export function repeatColumns(grid: Grid, band: number[], lo: number): number[] {
  const out: number[] = [];
  for (let col = lo; col <= grid.right; col++) {
    const texts = band.map((r) => compact(grid.text(r, col))).filter(Boolean);
    if (texts.length && REPEAT_HEADING.test(texts[texts.length - 1])) out.push(col);
  }
  return out;
}

/** Whether a 再掲 column's cell marks its row: any mark but a dash or なし. */
export function marksRepeat(text: string): boolean {
  const t = compact(text);
  return t !== '' && !NONE.test(t);
}

/** Whether a remark is a 再掲 mark alone (「再掲（1-2）」「施策1-2の再掲」), not a sentence or a note that it is repeated elsewhere. */
export function isRepeatMark(text: string): boolean {
  return REPEAT_MARK.test(compact(text));
}

/** Marks as repeated each indicator whose row has a filled 再掲 cell, or whose remark cell is a 再掲 mark alone. */
export function markRepeatColumn(grid: Grid, band: number[], lo: number, columns: Column[], read: RawIndicator[]): void {
  const marks = repeatColumns(grid, band, lo);
  const notes = columns.filter((c) => c.role === 'note').map((c) => c.col);
  for (const ind of read) {
    if (ind.repeated) continue;
    if (marks.some((c) => marksRepeat(grid.text(ind.row, c))) || notes.some((c) => isRepeatMark(grid.text(ind.row, c)))) ind.repeated = true;
  }
}
