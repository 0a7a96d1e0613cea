/**
 * Takes the last run back from the record it left in the workbook: previous value, formula and
 * number format of each cell it wrote (unless someone changed the cell since), sheets it added
 * deleted, sheets it replaced restored. Three syncs: the record, the cells as they are now, the
 * writes.
 */
import { HostError } from './errors';
import { recordFromCells, UNDO_SHEET, type UndoRecord } from './undoRecord';
import type { Supports } from './write';

export interface UndoResult {
  action: string;
  at: string;
  /** Cells written back as they were (in sheets the run did not replace). */
  restored: number;
  /** Per sheet the run had replaced: the cells with content put back. */
  restoredSheetCells: Record<string, number>;
  /** Cells someone changed after the run: left as they are. */
  skipped: { sheet: string; cell: string; now: unknown }[];
  deletedSheets: string[];
  restoredSheets: string[];
}

export async function readUndoRecord(ctx: Excel.RequestContext): Promise<UndoRecord | null> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values');
  await ctx.sync();
  if (ws.isNullObject || used.isNullObject) return null;
  return recordFromCells(used.values);
}

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '') || String(a ?? '') === String(b ?? '');

export async function undoLastRun(ctx: Excel.RequestContext, supports: Supports): Promise<UndoResult> {
  const record = await readUndoRecord(ctx);
  if (!record) throw new HostError('no-undo', '元に戻せる操作の記録がありません（このブックでまだ評価を記入していないか、すでに元に戻しました）。');
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const now = record.cells.map((c) => {
    const r = sheets.getItemOrNullObject(c.sheet).getRange(c.cell);
    r.load('values');
    return r;
  });
  await ctx.sync();
  const protectedSheets = new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name));
  const existing = new Set(sheets.items.map((s) => s.name));
  // On a protected sheet the run wrote only unlocked cells (values only): those are restored the same way.
  const blocked = record.cells.filter((c) => protectedSheets.has(c.sheet) && (c.formula || c.validationAdded || (c.numberFormat && c.numberFormat !== 'General')));
  if (blocked.length) throw new HostError('protected', `シート「${blocked[0].sheet}」が保護されているため元に戻せません。保護を解除してから実行してください。`);

  const result: UndoResult = { action: record.action, at: record.at, restored: 0, restoredSheetCells: {}, skipped: [], deletedSheets: [], restoredSheets: [] };
  ctx.application.suspendApiCalculationUntilNextSync();
  record.cells.forEach((c, i) => {
    if (!existing.has(c.sheet)) return;
    const current = now[i].values[0][0];
    if (!same(current, c.written)) {
      result.skipped.push({ sheet: c.sheet, cell: c.cell, now: current });
      return;
    }
    const range = sheets.getItem(c.sheet).getRange(c.cell);
    if (c.validationAdded && supports('1.8')) range.dataValidation.clear();
    if (!protectedSheets.has(c.sheet)) range.numberFormat = [[c.numberFormat ?? 'General']];
    if (c.formula) range.formulas = [[c.formula]];
    else range.values = [[c.value === null ? '' : c.value]];
    result.restored++;
  });
  for (const name of record.addedSheets) {
    if (!existing.has(name)) continue;
    sheets.getItem(name).delete();
    result.deletedSheets.push(name);
  }
  for (const old of record.replacedSheets) {
    if (existing.has(old.name)) sheets.getItem(old.name).delete();
    const ws = sheets.add(old.name);
    const rows = old.formulas.length;
    const cols = Math.max(1, ...old.formulas.map((r) => r.length));
    if (rows) ws.getRangeByIndexes(old.top - 1, old.left - 1, rows, cols).formulas = old.formulas.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
    result.restoredSheets.push(old.name);
    result.restoredSheetCells[old.name] = old.formulas.reduce((n, r) => n + r.filter((v) => v !== '' && v !== null && v !== undefined).length, 0);
  }
  sheets.getItem(UNDO_SHEET).delete();
  await ctx.sync();
  return result;
}
