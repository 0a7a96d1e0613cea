/**
 * A caption line above a years-as-rows table: a single text written over the table's last column alone (the office that
 * keeps the table, 「西浦市商工観光課」, or a date it stands at), with the row right under it heading every column of the
 * table in a cell of its own, the last one a name. Such a text is the table's caption, as a title is, never a heading
 * of the column it happens to stand over: the header band starts under it.
 * Never a text merged across columns (a group heading), nor one over a column whose own cell below is a measure word
 * (まちなか居住人口 | 実績 written on two lines), nor one beside a heading merged down into the row below (a header of two rows).
 */
import type { CellIndex } from './cells';

/** Whether `row` holds only a caption over the last column of the table spanning `from` (the years) to `to`. */
export function isCaptionLine(index: CellIndex, row: number, from: number, to: number): boolean {
  const grid = index.grid;
  if (to <= from + 1 || row + 1 > grid.bottom) return false;
  const texts = index.row(row).filter((c) => c.col <= to && c.right >= from && c.text.trim());
  if (texts.length !== 1) return false;
  const [note] = texts;
  if (note.col !== to || note.right !== to || note.label || note.period || grid.merge(row, to)) return false;
  for (let col = from + 1; col <= to; col++) {
    const a = grid.anchor(row + 1, col);
    if (a.row !== row + 1 || a.col !== col) return false;
    const under = index.at(row + 1, col);
    if (!under?.text.trim() || under.label || under.period) return false;
  }
  return true;
}
