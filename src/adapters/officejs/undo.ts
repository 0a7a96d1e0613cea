/**
 * Takes the last run back from the record it left in the workbook. The record is used only when its
 * signature verifies (undoSignature.ts: written by EvalSheet on this computer for this workbook);
 * otherwise nothing is written or deleted. Even then Undo only puts back what the run itself
 * changed: a cell only while it still holds what the run wrote (no formula typed there since), a
 * formula only as the run's own record of what it replaced, sheets only EvalSheet's own (deleted
 * when the run added them, put back when it replaced them and they are still there); it creates
 * no sheet of a new name. Three syncs: the record, the cells as they are now, the writes.
 */
import { HostError } from './errors';
import { OWN_SHEETS, recordFromCells, refusalMessage, UNDO_SHEET, type UndoRecord, type UndoRefusal } from './undoRecord';
import type { UndoSigner } from './undoSignature';

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
  /** Sheets of the record no longer in the workbook: nothing done there (no sheet is made again). */
  missingSheets: string[];
}

/** Undo refused a record that does not verify. */
export class UndoRefused extends HostError {
  constructor(readonly reason: UndoRefusal) {
    super('untrusted', refusalMessage(reason));
  }
}

export type ReadRecord = { record: UndoRecord; refusal: null } | { record: null; refusal: UndoRefusal };

/** The record in the workbook and whether it can be trusted; null when there is none. */
export async function readUndoRecord(context: Excel.RequestContext, signer: UndoSigner): Promise<ReadRecord | null> {
  const ws = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  if (ws.isNullObject || used.isNullObject) return null;
  const parsed = recordFromCells(used.values);
  if (!parsed) return null;
  if ('refusal' in parsed) return { record: null, refusal: parsed.refusal };
  const refusal = await signer.verify(parsed.record);
  return refusal ? { record: null, refusal } : { record: parsed.record, refusal: null };
}

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '') || String(a ?? '') === String(b ?? '');
const isFormula = (f: unknown) => typeof f === 'string' && f.startsWith('=') && f.length > 1;

export async function undoLastRun(context: Excel.RequestContext, signer: UndoSigner): Promise<UndoResult> {
  const read = await readUndoRecord(context, signer);
  if (!read) throw new HostError('no-undo', '元に戻せる操作の記録がありません（このブックでまだ評価を記入していないか、すでに元に戻しました）。');
  if (!read.record) throw new UndoRefused(read.refusal);
  const record = read.record;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const now = record.cells.map((c) => {
    const r = sheets.getItemOrNullObject(c.sheet).getRange(c.cell);
    r.load('values,formulas');
    return r;
  });
  await context.sync();
  const protectedSheets = new Set(sheets.items.filter((s) => s.protection.protected).map((s) => s.name));
  const existing = new Set(sheets.items.map((s) => s.name));
  // On a protected sheet the run wrote only unlocked cells (values only): those are restored the same way.
  const blocked = record.cells.filter(
    (c) => protectedSheets.has(c.sheet) && (c.formula || c.validationAdded || (c.numberFormat && c.numberFormat !== 'General')),
  );
  if (blocked.length) throw new HostError('protected', `シート「${blocked[0].sheet}」が保護されているため元に戻せません。保護を解除してから実行してください。`);

  const result: UndoResult = {
    action: record.action,
    at: record.at,
    restored: 0,
    restoredSheetCells: {},
    skipped: [],
    deletedSheets: [],
    restoredSheets: [],
    missingSheets: [],
  };
  const missing = (name: string) => void (result.missingSheets.includes(name) || result.missingSheets.push(name));
  context.application.suspendApiCalculationUntilNextSync();
  record.cells.forEach((c, i) => {
    if (!existing.has(c.sheet)) return missing(c.sheet);
    const current = now[i].values[0][0];
    const formula = now[i].formulas[0][0];
    // Changed since the run (another value, or a formula typed in): left as the person made it.
    if (!same(current, c.written) || (isFormula(formula) && formula !== String(c.written ?? ''))) {
      result.skipped.push({ sheet: c.sheet, cell: c.cell, now: isFormula(formula) ? formula : current });
      return;
    }
    const range = sheets.getItem(c.sheet).getRange(c.cell);
    if (c.validationAdded) range.dataValidation.clear();
    if (!protectedSheets.has(c.sheet)) range.numberFormat = [[c.numberFormat ?? 'General']];
    if (c.formula) range.formulas = [[c.formula]];
    else range.values = [[c.value === null ? '' : c.value]];
    result.restored++;
  });
  for (const name of record.addedSheets) {
    if (!existing.has(name) || !OWN_SHEETS.has(name)) continue;
    sheets.getItem(name).delete();
    result.deletedSheets.push(name);
  }
  for (const old of record.replacedSheets) {
    // The run's sheet is put back to what it replaced; a sheet deleted since is not made again.
    if (!existing.has(old.name) || !OWN_SHEETS.has(old.name)) {
      missing(old.name);
      continue;
    }
    sheets.getItem(old.name).delete();
    const ws = sheets.add(old.name);
    const rows = old.formulas.length;
    const cols = Math.max(1, ...old.formulas.map((r) => r.length));
    if (rows)
      ws.getRangeByIndexes(old.top - 1, old.left - 1, rows, cols).formulas = old.formulas.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
    result.restoredSheets.push(old.name);
    result.restoredSheetCells[old.name] = old.formulas.reduce((n, r) => n + r.filter((v) => v !== '' && v !== null && v !== undefined).length, 0);
  }
  sheets.getItem(UNDO_SHEET).delete();
  await context.sync();
  return result;
}
