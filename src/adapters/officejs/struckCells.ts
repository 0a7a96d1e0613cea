/**
 * The cells struck through on each sheet (SheetSnapshot.struck: what the author crossed out), read without a sync of
 * their own for a sheet with none: the sheet's font strikethrough (ExcelApi 1.1) comes with sync (2), false when no cell
 * is struck; only a sheet with some struck (null, or true) asks for its used range's cells (getCellProperties, ExcelApi
 * 1.9) with sync (2b) (read.ts). A used range larger than one sync's cells is not asked: its snapshot says nothing struck.
 */
import { a1, parseA1 } from '../../engine/model/address';
import type { SheetSnapshot } from '../../engine/model/port';

export interface StruckRead {
  snap: SheetSnapshot;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queued with sync (2): the sheet's font, whose strikethrough says whether any cell is struck. */
export function queueSheetStrike(ws: Excel.Worksheet): Excel.RangeFont {
  const font = ws.getRange().format.font;
  font.load('strikethrough');
  return font;
}

/** For sync (2b): the cell properties of each sheet with some cells struck whose used range fits one sync. */
export function queueStruckCells(used: { range: Excel.Range; font: Excel.RangeFont }[], snaps: SheetSnapshot[], limit: number): StruckRead[] {
  return used.flatMap(({ range, font }, i) =>
    font.strikethrough !== false && !range.isNullObject && range.rowCount * range.columnCount <= limit
      ? [{ snap: snaps[i], props: range.getCellProperties({ format: { font: { strikethrough: true } } }) }]
      : [],
  );
}

/** After sync (2b): the struck cells into each snapshot (`filled` later keeps those holding something). */
export function storeStruckCells(reads: StruckRead[]): void {
  for (const { snap, props } of reads) {
    const struck: string[] = [];
    props.value.forEach((row, r) => row.forEach((p, c) => p.format?.font?.strikethrough === true && struck.push(a1(snap.top + r, snap.left + c))));
    if (struck.length) snap.struck = struck;
  }
}

/** Keeps the struck cells that hold a value (as the file readers list them), once the cells are read. */
export function filledStruckCells(snap: SheetSnapshot): void {
  if (!snap.struck) return;
  const kept = snap.struck.filter((a) => {
    const at = parseA1(a)!;
    const v = snap.values[at.row - snap.top]?.[at.col - snap.left];
    return v !== null && v !== undefined && v !== '';
  });
  if (kept.length) snap.struck = kept;
  else delete snap.struck;
}
