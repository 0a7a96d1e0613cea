/**
 * A category line above a table turned on its side (transposed.ts):
 *   項目   | ① 移住定住 | ② 子育て         | ③ 観光
 *   指標名 | 転入者数   | 子育て支援センター… | 観光消費額
 * When a labelled 指標名 line names the indicators, the line of plain texts right above it is no line of names
 * but their categories: each indicator's group is the text above its name, or, under a category merged or written
 * once over several columns, the nearest one left of it (never one left of the label column).
 */
import { parseA1 } from '../model/address';
import type { CellIndex, IndexedCell } from './cells';
import { cleanName } from './names';
import type { RawIndicator } from './types';

/** Sets each of `found`'s group from line `row` when every text of it right of `labelCol` is a plain text (`isText`). */
export function groupsFromCategoryLine(
  index: CellIndex,
  row: number,
  labelCol: number,
  found: RawIndicator[],
  consumed: Set<number>,
  isText: (c: IndexedCell) => boolean,
): void {
  if (row < 1 || consumed.has(row)) return;
  const cells = (index.rows.get(row) ?? []).filter((c) => c.col > labelCol && c.text);
  if (!cells.length || !cells.every(isText)) return;
  for (const ind of found) {
    const col = parseA1(ind.nameCell)?.col ?? 0;
    const above = cells.filter((c) => c.col <= col).pop();
    if (above && !ind.group) ind.group = cleanName(above.text).name || above.text;
  }
}
