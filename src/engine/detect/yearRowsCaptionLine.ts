/**
 * A caption line above a years-as-rows table: a single text written over the table's last column alone (the office that
 * keeps the table, 「西浦市商工観光課」, or its source), with the row right under it heading every column of the
 * table in a cell of its own, the last one a name. Such a text is the table's caption, as a title is, never a heading
 * of the column it happens to stand over: the header band starts under it.
 * Only an office or a source (OFFICE_OR_SOURCE); never a text merged across columns (a group heading), nor one over a column whose
 * own cell below is a measure word (まちなか居住人口 | 実績 written on two lines), nor one beside a heading merged down into the row below (a header of two rows).
 */
import type { CellIndex } from './cells';

/**
 * What a caption says: an office (…課, …係, …室, …局, …センター, …事務所) or a source (資料：…, 出典：…, …調べ); a date is a
 * period, and no caption here. Review rv66: 「累計」「市外」「外国人」 over the last column qualify that column (a 累計 of the 寄附件数
 * beside it), so they are no caption.
 */
const OFFICE_OR_SOURCE = /(課|係|室|局|センター|事務所|調べ)$|^(資料|出典)[:：]/;

/** Whether `row` holds only a caption over the last column of the table spanning `from` (the years) to `to`. */
export function isCaptionLine(index: CellIndex, row: number, from: number, to: number): boolean {
  const grid = index.grid;
  if (to <= from + 1 || row + 1 > grid.bottom) return false;
  const texts = index.row(row).filter((c) => c.col <= to && c.right >= from && c.text.trim());
  if (texts.length !== 1) return false;
  const [note] = texts;
  if (note.col !== to || note.right !== to || note.label || note.period || grid.merge(row, to)) return false;
  if (!OFFICE_OR_SOURCE.test(note.text.normalize('NFKC').replace(/\s+/g, ''))) return false;
  for (let col = from + 1; col <= to; col++) {
    const a = grid.anchor(row + 1, col);
    if (a.row !== row + 1 || a.col !== col) return false;
    const under = index.at(row + 1, col);
    if (!under?.text.trim() || under.label || under.period) return false;
  }
  return true;
}
