/** Builds the engine's workbook snapshot from an exceljs workbook. */
import type { Workbook, Worksheet } from 'exceljs';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../engine/port';
import { foldValue, formulaOf } from './cellValues';

export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let hasFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    const nr: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      vr[c - 1] = foldValue(cell.value);
      const f = formulaOf(cell);
      if (f) {
        fr[c - 1] = f;
        hasFormula = true;
      }
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') nr[c - 1] = fmt;
    });
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
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
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
  return snap;
}

export function workbookSnapshot(wb: Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(sheetSnapshot) };
}
