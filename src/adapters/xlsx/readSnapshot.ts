/** Builds the engine's workbook snapshot from an exceljs workbook. */
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../engine/model/port';
import { foldValue, formulaOf } from './cellValues';
import { splitNotes } from '../../engine/model/cellNotes';

/** A cell note's text: exceljs gives a plain string or rich text runs. */
function noteText(note: Cell['note'] | undefined): string {
  if (!note) return '';
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  return text.trim() ? text : '';
}

export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let hasFormula = false;
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  const unlocked: string[] = [];
  const notes: Record<string, string> = {};
  const struck: string[] = [];
  // The rows' and cells' own arrays (exceljs 4.4): eachRow / eachCell with includeEmpty would create
  // the rows and cells they visit, and empty cells matter here (a template's empty input cells).
  const rows = (ws as unknown as { _rows: (Row | undefined)[] })._rows;
  rows.forEach((row, i) => {
    if (!row) return;
    const r = i + 1;
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    const nr: (string | null)[] = [];
    let any = false;
    (row as unknown as { _cells: (Cell | undefined)[] })._cells.forEach((cell, j) => {
      if (!cell || (cell.isMerged && cell.master !== cell)) return;
      const c = j + 1;
      if (protection?.sheet && cell.protection?.locked === false) unlocked.push(cell.address);
      const note = noteText(cell.note);
      if (note) notes[cell.address] = note;
      if (cell.value === null || cell.value === undefined) return;
      any = true;
      if (cell.font?.strike) struck.push(cell.address);
      vr[c - 1] = foldValue(cell.value);
      const f = formulaOf(cell);
      if (f) {
        fr[c - 1] = f;
        hasFormula = true;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') nr[c - 1] = fmt;
    });
    if (!any) return;
    values[r - 1] = vr;
    formulas[r - 1] = fr;
    numberFormats[r - 1] = nr;
  });
  for (let i = 0; i < values.length; i++) {
    if (!values[i]) {
      values[i] = [];
      formulas[i] = [];
      numberFormats[i] = [];
    }
  }
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  const snap: SheetSnapshot = {
    name: ws.name,
    visibility: (ws.state as SheetVisibility) ?? 'visible',
    protected: !!protection?.sheet,
    top: 1,
    left: 1,
    values,
    numberFormats,
    merges,
  };
  if (hasFormula) snap.formulas = formulas;
  if (unlocked.length) snap.unlocked = unlocked;
  if (struck.length) snap.struck = struck;
  Object.assign(snap, splitNotes(notes));
  hideLines(ws, snap);
  return snap;
}

/** The rows and columns the author hid, within the used range (as the direct reader gives them). */
function hideLines(ws: Worksheet, snap: SheetSnapshot): void {
  const height = snap.values.length;
  const width = snap.values.reduce((w, row) => Math.max(w, row.length), 0);
  const rows = (ws as unknown as { _rows: (Row | undefined)[] })._rows;
  const hiddenRows = rows.flatMap((row, i) => (row?.hidden && i + 1 <= height ? [i + 1] : []));
  const columns = (ws as unknown as { _columns?: ({ hidden?: boolean } | undefined)[] })._columns ?? [];
  const hiddenColumns = columns.flatMap((col, i) => (col?.hidden && i + 1 <= width ? [i + 1] : []));
  if (hiddenRows.length) snap.hiddenRows = hiddenRows;
  if (hiddenColumns.length) snap.hiddenColumns = hiddenColumns;
}

export function workbookSnapshot(wb: Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(sheetSnapshot) };
}
