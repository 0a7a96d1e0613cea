/**
 * Applies an engine write plan in one batch (one `context.sync`), with calculation, screen
 * updating and events suspended, and leaves an undo record in the workbook. Everything that could
 * fail (a protected sheet, an unsupported feature) is checked before anything is queued, because
 * Excel applies a batch's commands one by one and does not roll back the ones before a failure.
 */
import { parseRange } from '../../engine/model/address';
import { withAllRows, type WritePlan } from '../../engine/model/plan';
import { writable, type WorkbookSnapshot } from '../../engine/model/port';
import { HostError } from './errors';
import { recordToCells, UNDO_SHEET, type UndoCell, type UndoRecord, type UnsignedUndoRecord } from './undoRecord';
import { undoSigner, type UndoSigner } from './undoSignature';

import { mustStayText, queueSheet, queueValues, sheetWidth } from './queueSheet';

export { mustStayText, queueSheet };

/** Queues the undo record, replacing the previous one, in its very hidden sheet. */
function queueUndoRecord(sheets: Excel.WorksheetCollection, record: UndoRecord, exists: boolean): void {
  if (exists) sheets.getItem(UNDO_SHEET).delete();
  const rec = sheets.add(UNDO_SHEET);
  const cells = recordToCells(record);
  rec.getRangeByIndexes(0, 0, cells.length, 1).numberFormat = cells.map(() => ['@']);
  rec.getRangeByIndexes(0, 0, cells.length, 1).values = cells;
  rec.visibility = 'VeryHidden';
}

export interface ApplyOptions {
  action: string;
  /** Grade cells get a drop-down of the scale when they had no validation. */
  gradeValidation: boolean;
  /** Signs the undo record (default: the workbook's settings in Office, else this session only). */
  signer?: UndoSigner;
}

export interface ApplyResult {
  cells: number;
  sheets: string[];
  record: UndoRecord;
}

/** The Excel API takes values as arrays: streamed rows are made here, all at once. */
function rowsInLists(plan: WritePlan): WritePlan {
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, spec: withAllRows(s.spec) })) };
}

/** Checks, then queues the plan and its undo record, and syncs once. */
export async function applyPlanExcel(context: Excel.RequestContext, given: WritePlan, snapshot: WorkbookSnapshot, opts: ApplyOptions): Promise<ApplyResult> {
  const plan = rowsInLists(given);
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const canWrite = new Map(snapshot.sheets.map((s) => [s.name, writable(s)]));
  for (const w of plan.cells) {
    const s = byName.get(w.sheet);
    if (!s) throw new HostError('other', `シート「${w.sheet}」が見つかりません。ブックが変更された可能性があります。もう一度「確認」してください。`);
    // A protected sheet's unlocked cells (a template's inputs) take values as a person's typing would.
    if (!canWrite.get(w.sheet)!(w.cell))
      throw new HostError('protected', `シート「${w.sheet}」のセル ${w.cell} は保護されているため書き込めません。保護を解除してから実行してください。`);
  }
  for (const sh of plan.sheets)
    if (byName.get(sh.spec.name)?.protected)
      throw new HostError('protected', `シート「${sh.spec.name}」は保護されているため作り直せません。保護を解除してから実行してください。`);

  const record: UnsignedUndoRecord = { at: new Date().toISOString(), action: opts.action, cells: [], addedSheets: [], replacedSheets: [] };
  // Only cells that were empty before get the grade drop-down (not on a protected sheet, whose
  // template has its own); undo removes it again.
  const validation = opts.gradeValidation && plan.scale.length > 0;
  for (const w of plan.cells) {
    const s = byName.get(w.sheet)!;
    const p = parseRange(`${w.cell}:${w.cell}`)!;
    const r = p.top - s.top;
    const c = p.left - s.left;
    record.cells.push({
      sheet: w.sheet,
      cell: w.cell,
      value: s.values[r]?.[c] ?? null,
      formula: s.formulas?.[r]?.[c] ?? null,
      numberFormat: s.numberFormats?.[r]?.[c] ?? null,
      written: w.value ?? null,
      validationAdded: false,
    } satisfies UndoCell);
    const rc = record.cells[record.cells.length - 1];
    rc.validationAdded = validation && rc.value === null && !s.protected;
  }
  for (const sh of plan.sheets) {
    const old = byName.get(sh.spec.name);
    if (!old) record.addedSheets.push(sh.spec.name);
    else
      record.replacedSheets.push({
        name: old.name,
        top: old.top,
        left: old.left,
        formulas: old.values.map((row, r) => row.map((v, c) => old.formulas?.[r]?.[c] ?? (v === null ? '' : v))),
      });
  }

  // Signed before anything is queued: a failure here leaves the workbook as it was.
  const signed = await (opts.signer ?? undoSigner()).sign(record);

  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  context.runtime.enableEvents = false;

  const sheets = context.workbook.worksheets;
  for (const w of plan.cells) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    const locked = byName.get(w.sheet)!.protected; // formats cannot change there: a leading ' keeps a text a text
    if (mustStayText(w.value) && !locked) range.numberFormat = [['@']];
    else if (w.numberFormat && !locked) range.numberFormat = [[w.numberFormat]]; // a fraction in a % row shows as a %
    range.values = [[mustStayText(w.value) && locked ? `'${w.value}` : (w.value ?? '')]];
  }
  for (const [i, w] of plan.cells.entries()) {
    if (record.cells[i].validationAdded)
      sheets.getItem(w.sheet).getRange(w.cell).dataValidation.rule = { list: { inCellDropDown: true, source: plan.scale.map((s) => s.grade).join(',') } };
  }
  for (const sh of plan.sheets) {
    if (byName.has(sh.spec.name)) sheets.getItem(sh.spec.name).delete();
    const ws = sheets.add(sh.spec.name);
    queueSheet(ws, sh.spec, plan.scale);
  }
  queueUndoRecord(sheets, signed, byName.has(UNDO_SHEET));
  context.runtime.enableEvents = true;
  await context.sync();
  return { cells: plan.cells.length, sheets: plan.sheets.map((s) => s.spec.name), record: signed };
}

/** Cells per request when a large sheet's values are written in blocks. */
export const CELLS_PER_WRITE = 20_000;

/**
 * Writes sheets that EvalSheet owns entirely (the review's four), replacing earlier ones: values
 * in blocks of at most CELLS_PER_WRITE cells, one sync each (a city's review has tens of
 * thousands of rows), then formats, tables and the undo record (Undo deletes the sheets).
 */
export async function writeOwnSheets(
  context: Excel.RequestContext,
  given: WritePlan,
  snapshotSheets: { name: string; protected: boolean }[],
  opts: { action: string; signer?: UndoSigner; onProgress?: (done: number, total: number) => void },
): Promise<string[]> {
  const plan = rowsInLists(given);
  for (const { spec } of plan.sheets) {
    if (snapshotSheets.find((s) => s.name === spec.name)?.protected)
      throw new HostError('protected', `シート「${spec.name}」は保護されているため作り直せません。保護を解除してから実行してください。`);
  }
  // Signed before anything is written: a failure here leaves the workbook as it was.
  const record = await (opts.signer ?? undoSigner()).sign({
    at: new Date().toISOString(),
    action: opts.action,
    cells: [],
    addedSheets: plan.sheets.map((s) => s.spec.name),
    replacedSheets: [],
  });
  const sheets = context.workbook.worksheets;
  const existing = new Set(snapshotSheets.map((s) => s.name));
  const total = plan.sheets.reduce((n, s) => n + s.spec.rows.length * sheetWidth(s.spec), 0);
  let done = 0;
  const added: Excel.Worksheet[] = [];
  for (const { spec } of plan.sheets) {
    if (existing.has(spec.name)) sheets.getItem(spec.name).delete();
    added.push(sheets.add(spec.name));
  }
  await context.sync();
  for (const [i, { spec }] of plan.sheets.entries()) {
    const width = sheetWidth(spec);
    const block = Math.max(1, Math.floor(CELLS_PER_WRITE / width));
    for (let from = 0; from < Math.max(1, spec.rows.length); from += block) {
      const to = Math.min(Math.max(1, spec.rows.length), from + block);
      queueValues(added[i], spec, from, to, width);
      // One sync per block on purpose: a city's review has tens of thousands of rows, over Excel on the web's 5 MB a request.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      done += (to - from) * width;
      opts.onProgress?.(done, total);
    }
  }
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const [i, { spec }] of plan.sheets.entries()) queueSheet(added[i], spec, plan.scale, { values: false });
  added[0].activate();
  queueUndoRecord(sheets, record, existing.has(UNDO_SHEET));
  await context.sync();
  return plan.sheets.map((s) => s.spec.name);
}
