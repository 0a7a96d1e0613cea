/**
 * A cell of more than 2,000 characters is prose (an 評価コメント, a pasted report), never a heading, a name, a figure or a
 * note the reader looks for: the reader reads its first 2,000 characters. Without the cut, every pattern the reader tries
 * on a cell's text runs over up to 32,767 characters (Excel's limit), and a few, tried at each figure or mark of such a cell,
 * take seconds a cell, so that a workbook of such cells could hold the reader for minutes. Nothing of the workbook changes:
 * this is the reader's view of the sheet only.
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';

/** The characters of a cell the reader reads. */
export const READ_CHARS = 2000;

/** The sheet as the reader reads it: the same snapshot when no cell is longer than READ_CHARS. */
export function withReadableTexts(snap: SheetSnapshot): SheetSnapshot {
  let values: CellValue[][] | null = null;
  snap.values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (typeof v !== 'string' || v.length <= READ_CHARS) return;
      values ??= snap.values.slice();
      if (values[i] === snap.values[i]) values[i] = snap.values[i].slice();
      values[i][j] = v.slice(0, READ_CHARS);
    }),
  );
  return values ? { ...snap, values } : snap;
}
