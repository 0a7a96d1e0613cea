/**
 * A remark column closing the line of names of a table laid on its side (transposed.ts):
 *   月   | 特定建設作業立入件数（件） | 騒音測定実施地点数（地点） | 備考
 *   4月  | 4                          | 0                          | 自動車騒音常時監視
 *   …
 *   年度計 | 54 | 36 |
 *   年間目標 | 60 | 36 |
 * The 備考 (特記事項, 補足) heading at the line's right end heads each side line's note, as it does at a table's right end: it is
 * no name, and the names end before it. Only headings at the end are taken off; a 備考 between names, or a line whose
 * names are all remarks, is left as it was.
 */
import type { IndexedCell } from './cells';

/** Whether a heading cell heads a column of remarks: 備考, 特記事項, 補足, 担当課コメント (values/labels.ts reads the role). */
export const isRemarkHeading = (c: IndexedCell): boolean => c.label?.role === 'note' && !c.label.period;

/** The line's cells (left to right) without the remark headings that close it, and any blanks between them and it. */
export function withoutClosingRemarks(cells: IndexedCell[]): IndexedCell[] {
  let end = cells.length;
  while (end > 0 && (!cells[end - 1].text || isRemarkHeading(cells[end - 1]))) end--;
  const cut = cells.slice(end).some(isRemarkHeading);
  return cut ? cells.slice(0, end) : cells;
}
