/**
 * The rows (`<row hidden="1">`) and columns (`<col min max hidden="1">`) a sheet's author hid, as the
 * direct XML reader gives them in the snapshot (SheetSnapshot.hiddenRows / hiddenColumns): within the used
 * range, so a sheet that hides every column right of its table lists only those up to its last cell.
 */
import type { CellValue } from '../../engine/model/port';
import { attrs } from './xml';

const P = '(?:[\\w-]+:)?';
const ROW_START = new RegExp(`<${P}row\\b([^<>]*?)/?>`, 'g');
const COL = new RegExp(`<${P}col\\b([^<>]*?)/?>`, 'g');
const isOn = (v: string | undefined) => v !== undefined && /^\s*(1|true|on)\s*$/i.test(v);

/** From the body of sheetData (`cells`), the rest of the sheet's XML (`outside`, where <cols> is) and the values read. */
export function hiddenLines(cells: string, outside: string, values: CellValue[][]): { rows: number[]; columns: number[] } {
  const rows: number[] = [];
  let r = 0;
  // Most sheets hide nothing: one look for the word spares parsing every row's attributes.
  for (const m of cells.includes('hidden') ? cells.matchAll(ROW_START) : []) {
    const a = attrs(m[1]);
    r = a.r ? Number(a.r) : r + 1;
    if (isOn(a.hidden) && r <= values.length) rows.push(r);
  }
  const width = values.reduce((w, row) => Math.max(w, row.length), 0);
  const columns = new Set<number>();
  for (const m of outside.includes('hidden') ? outside.matchAll(COL) : []) {
    const a = attrs(m[1]);
    if (!isOn(a.hidden)) continue;
    const max = Math.min(Number(a.max ?? a.min), width);
    for (let c = Math.max(1, Number(a.min)); c <= max; c++) columns.add(c);
  }
  return { rows, columns: [...columns].sort((x, y) => x - y) };
}
