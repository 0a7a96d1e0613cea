/**
 * Applies an engine write plan in one batch (one `context.sync`), with calculation, screen
 * updating and events suspended, and leaves an undo record in the workbook (or, in a run merged into
 * one entry of Excel's own undo, ExcelApi 1.20, only calls Excel can undo: excelUndo.ts). Everything that could
 * fail (a protected sheet, an unsupported feature) is checked before anything is queued, because
 * Excel applies a batch's commands one by one and does not roll back the ones before a failure.
 */
import { parseRange } from '../../engine/model/address';
import { withAllRows, type WritePlan } from '../../engine/model/plan';
import { writable, type SheetSnapshot, type WorkbookSnapshot } from '../../engine/model/port';
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
  /** In an Excel.run merged into one undo entry (ExcelApi 1.20): only calls Excel can undo, no undo record of the add-in. */
  excelUndo?: boolean;
}

export interface ApplyResult {
  cells: number;
  sheets: string[];
  /** The add-in's undo record written with the plan; null when Excel's undo takes the action back. */
  record: UndoRecord | null;
}

/** The Excel API takes values as arrays: streamed rows are made here, all at once. */
function rowsInLists(plan: WritePlan): WritePlan {
  return { ...plan, sheets: plan.sheets.map((s) => ({ ...s, spec: withAllRows(s.spec) })) };
}

/** Refuses (before anything is queued) a plan that writes a locked cell of a protected sheet or remakes a protected sheet. */
function checkWritable(plan: WritePlan, byName: Map<string, SheetSnapshot>): void {
  const canWrite = new Map([...byName.values()].map((s) => [s.name, writable(s)]));
  for (const w of plan.cells) {
    if (!byName.has(w.sheet))
      throw new HostError('other', `シート「${w.sheet}」が見つかりません。ブックが変更された可能性があります。もう一度「確認」してください。`);
    // A protected sheet's unlocked cells (a template's inputs) take values as a person's typing would.
    if (!canWrite.get(w.sheet)!(w.cell))
      throw new HostError('protected', `シート「${w.sheet}」のセル ${w.cell} は保護されているため書き込めません。保護を解除してから実行してください。`);
  }
  for (const sh of plan.sheets)
    if (byName.get(sh.spec.name)?.protected)
      throw new HostError('protected', `シート「${sh.spec.name}」は保護されているため作り直せません。保護を解除してから実行してください。`);
}

/** What the add-in's undo record keeps of a plan: each cell as it was, the sheets added and the ones replaced with their cells. */
function undoRecordOf(plan: WritePlan, byName: Map<string, SheetSnapshot>, action: string, validation: boolean): UnsignedUndoRecord {
  const record: UnsignedUndoRecord = { at: new Date().toISOString(), action, cells: [], addedSheets: [], replacedSheets: [] };
  for (const w of plan.cells) {
    const s = byName.get(w.sheet)!;
    const p = parseRange(`${w.cell}:${w.cell}`)!;
    const r = p.top - s.top;
    const c = p.left - s.left;
    const value = s.values[r]?.[c] ?? null;
    record.cells.push({
      sheet: w.sheet,
      cell: w.cell,
      value,
      formula: s.formulas?.[r]?.[c] ?? null,
      numberFormat: s.numberFormats?.[r]?.[c] ?? null,
      written: w.value ?? null,
      // Only cells that were empty before get the grade drop-down (not on a protected sheet, whose template has its own).
      validationAdded: validation && value === null && !s.protected,
    } satisfies UndoCell);
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
  return record;
}

/** Queues the plan's cells: number format first (a text stays a text), the value, the grade drop-down where `dropDown` says. */
function queueCells(sheets: Excel.WorksheetCollection, plan: WritePlan, byName: Map<string, SheetSnapshot>, dropDown: (i: number) => boolean): void {
  for (const w of plan.cells) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    const locked = byName.get(w.sheet)!.protected; // formats cannot change there: a leading ' keeps a text a text
    if (mustStayText(w.value) && !locked) range.numberFormat = [['@']];
    else if (w.numberFormat && !locked) range.numberFormat = [[w.numberFormat]]; // a fraction in a % row shows as a %
    range.values = [[mustStayText(w.value) && locked ? `'${w.value}` : (w.value ?? '')]];
  }
  for (const [i, w] of plan.cells.entries()) {
    if (dropDown(i))
      sheets.getItem(w.sheet).getRange(w.cell).dataValidation.rule = { list: { inCellDropDown: true, source: plan.scale.map((s) => s.grade).join(',') } };
  }
}

/** The tables and charts of the sheets a plan remakes, loaded (for Excel's undo, which remakes them in place: deleting a sheet has no undo). */
function loadSheetObjects(sheets: Excel.WorksheetCollection, names: string[]) {
  return new Map(
    names.map((name) => {
      const ws = sheets.getItem(name);
      return [name, { ws, tables: ws.tables.load('items/name'), charts: ws.charts.load('items/name') }];
    }),
  );
}

type SheetObjects = ReturnType<typeof loadSheetObjects> extends Map<string, infer O> ? O : never;

/** An existing sheet emptied in place with calls Excel can undo: its tables and charts deleted, conditional formats, drop-downs, merges, cells and frozen panes cleared. */
function queueEmptySheet(o: SheetObjects): Excel.Worksheet {
  for (const t of o.tables.items) t.delete();
  for (const c of o.charts.items) c.delete();
  const all = o.ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear('All');
  o.ws.freezePanes.unfreeze();
  return o.ws;
}

/**
 * Checks, then queues the plan, and syncs once. With `excelUndo` (an Excel.run merged into one undo
 * entry, ExcelApi 1.20) only calls Excel can undo are made: no undo record is written (an earlier one
 * is emptied, so the pane's 元に戻す does not take back an older action), and a sheet the plan remakes
 * is emptied in place after one more sync that loads its tables and charts. Otherwise the add-in's
 * signed undo record goes with it, and a remade sheet is deleted and added again.
 */
export async function applyPlanExcel(context: Excel.RequestContext, given: WritePlan, snapshot: WorkbookSnapshot, opts: ApplyOptions): Promise<ApplyResult> {
  const plan = rowsInLists(given);
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  checkWritable(plan, byName);
  const record = undoRecordOf(plan, byName, opts.action, opts.gradeValidation && plan.scale.length > 0);
  const sheets = context.workbook.worksheets;
  const remade = plan.sheets.filter((sh) => byName.has(sh.spec.name)).map((sh) => sh.spec.name);
  let emptied: ReturnType<typeof loadSheetObjects> = new Map();
  if (opts.excelUndo && remade.length) {
    emptied = loadSheetObjects(sheets, remade);
    await context.sync();
  }
  // Signed before anything is queued: a failure here leaves the workbook as it was.
  const signed = opts.excelUndo ? null : await (opts.signer ?? undoSigner()).sign(record);

  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();
  context.runtime.enableEvents = false;
  queueCells(sheets, plan, byName, (i) => record.cells[i].validationAdded);
  for (const sh of plan.sheets) {
    const inPlace = emptied.get(sh.spec.name);
    if (!inPlace && byName.has(sh.spec.name)) sheets.getItem(sh.spec.name).delete();
    queueSheet(inPlace ? queueEmptySheet(inPlace) : sheets.add(sh.spec.name), sh.spec, plan.scale);
  }
  if (signed) queueUndoRecord(sheets, signed, byName.has(UNDO_SHEET));
  else if (byName.has(UNDO_SHEET)) sheets.getItem(UNDO_SHEET).getRange().clear('Contents');
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
