/**
 * Reads the open workbook into the engine's snapshot through the Excel JavaScript API, in a
 * fixed number of `context.sync` calls: (1) the sheets; (2) each sheet's used range, merged areas
 * and the cells of its top-left window (windowShape: each sheet's share of CELLS_PER_SYNC), which
 * for a typical evaluation workbook are all its cells; (2b) only when a sheet is protected: its
 * cells' locks, or has cells struck through: which (struckCells.ts); (3) only for sheets larger than their window, or with some rows or columns hidden:
 * those cells and lines. Step 3 is split over more syncs only when the rest is too big for one
 * request (Excel on the web limits a request and a response to 5 MB); a sync (2) refused as too
 * large is asked again without the windows. The hidden rows and columns ride on syncs (2) and (3)
 * (hiddenLines.ts).
 */
import { a1 } from '../../engine/model/address';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../engine/model/port';
import { HostError } from './errors';
import { hiddenLines, type HiddenLinesRead, type WindowLines } from './hiddenLines';
import { filledStruckCells, queueSheetStrike, queueStruckCells, storeStruckCells } from './struckCells';

/**
 * Cells fetched per sync: values, formulas and number formats of typical evaluation sheets take
 * ~20 bytes a cell, so 150k cells stay near 3 MB; a sync refused as too large is split in two.
 */
export const CELLS_PER_SYNC = 150_000;
/** Excel on the web stops returning values beyond 5 million cells. */
export const MAX_CELLS = 5_000_000;

export interface ReadOptions {
  cellsPerSync?: number;
  onProgress?: (done: number, total: number) => void;
}

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

interface Block {
  sheet: number;
  rowIndex: number;
  columnIndex: number;
  rows: number;
  columns: number;
  range?: Excel.Range;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/.test(code);
}

export async function readSnapshot(context: Excel.RequestContext, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { used, snaps } = await readUsedRanges(context, opts.cellsPerSync ?? CELLS_PER_SYNC);
  await readLocks(context, used, snaps);
  const total = used.reduce((n, u) => n + (u.range.isNullObject ? 0 : u.range.rowCount * u.range.columnCount), 0);
  if (total > MAX_CELLS) {
    throw new HostError(
      'too-large',
      `ブックが大きすぎます（使用範囲のセルが合計 ${total.toLocaleString('ja-JP')} 個、上限 ${MAX_CELLS.toLocaleString('ja-JP')} 個）。使っていない行・列を削除して保存し直してください。`,
    );
  }
  await readCells(context, used, snaps, total, opts, hiddenLines(used, snaps));
  for (const s of snaps) if (!s.formulas!.some((r) => r?.some((f) => f !== null))) delete s.formulas;
  snaps.forEach(filledStruckCells);
  return { sheets: snaps };
}

interface UsedRange {
  ws: Excel.Worksheet;
  range: Excel.Range;
  merged: Excel.RangeAreas;
  /** The cells of the sheet's top-left window (its used part), read with sync (2); null when not asked. */
  window: Excel.Range | null;
  /** Each row's and column's hidden flag over the window, read with sync (2). */
  lines: WindowLines | null;
  /** Whether the window held the whole used range (its cells are in the snapshot already). */
  read: boolean;
  /** The sheet's font, its strikethrough loaded with sync (2): false when no cell is struck through. */
  font: Excel.RangeFont;
}

/** Each sheet's window: its share of the cells of one sync, about three rows for each column (at most 64 columns). */
export function windowShape(sheets: number, budget: number): { rows: number; columns: number } {
  const cells = Math.max(1, Math.floor(budget / Math.max(1, sheets)));
  const columns = Math.min(64, Math.max(1, Math.floor(Math.sqrt(cells / 3))));
  return { rows: Math.max(1, Math.floor(cells / columns)), columns };
}

/** Queues sync (2) for every sheet: its used range, merged areas and (windows: true) its window's cells. */
function queueUsedRanges(items: Excel.Worksheet[], shape: { rows: number; columns: number } | null): UsedRange[] {
  return items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject();
    range.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
    const merged = range.getMergedAreasOrNullObject();
    merged.load('address');
    const whole = shape ? ws.getRangeByIndexes(0, 0, shape.rows, shape.columns) : null;
    const window = whole ? whole.getUsedRangeOrNullObject() : null;
    window?.load('values,formulas,numberFormat');
    const lines = whole
      ? { rows: whole.getRowProperties({ rowHidden: true, rowIndex: true }), columns: whole.getColumnProperties({ columnHidden: true, columnIndex: true }) }
      : null;
    return { ws, range, merged, window, lines, read: false, font: queueSheetStrike(ws) };
  });
}

/** Syncs (1) and (2): the sheets, then each one's used range, merged areas and window; the snapshots, with the cells of the sheets their window held. */
async function readUsedRanges(context: Excel.RequestContext, budget: number): Promise<{ used: UsedRange[]; snaps: SheetSnapshot[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  await context.sync();

  const shape = windowShape(sheets.items.length, budget);
  let used = queueUsedRanges(sheets.items, shape);
  try {
    await context.sync();
  } catch (e) {
    // The windows together too big for one response after all (long texts): the used ranges alone, the cells in step (3).
    if (!isPayloadError(e)) throw e;
    used = queueUsedRanges(sheets.items, null);
    await context.sync();
  }

  const snaps: SheetSnapshot[] = used.map(({ ws, range, merged }) => ({
    name: ws.name,
    visibility: VISIBILITY[ws.visibility] ?? 'visible',
    protected: ws.protection.protected,
    top: range.isNullObject ? 1 : range.rowIndex + 1,
    left: range.isNullObject ? 1 : range.columnIndex + 1,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: !merged.isNullObject ? merged.address.split(',').map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, '')) : [],
  }));
  used.forEach((u, i) => {
    if (u.range.isNullObject || !u.window || u.window.isNullObject) return;
    const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
    if (rowIndex + rowCount > shape.rows || columnIndex + columnCount > shape.columns) return;
    // The used range lies inside the window: the window's used part is the used range itself.
    storeBlock(snaps[i], { sheet: i, rowIndex, columnIndex, rows: rowCount, columns: columnCount, range: u.window });
    u.read = true;
  });
  return { used, snaps };
}

/**
 * Sync (2b), only when a sheet is protected: its unlocked cells (a template's inputs, getCellProperties), the only ones the
 * engine may write; or has cells struck through: which (struckCells.ts).
 */
async function readLocks(context: Excel.RequestContext, used: UsedRange[], snaps: SheetSnapshot[]): Promise<void> {
  const locks = used.flatMap((u, i) =>
    snaps[i].protected && !u.range.isNullObject && u.range.rowCount * u.range.columnCount <= CELLS_PER_SYNC
      ? [{ i, props: u.range.getCellProperties({ format: { protection: true } }) }]
      : [],
  );
  const struck = queueStruckCells(used, snaps, CELLS_PER_SYNC);
  if (!locks.length && !struck.length) return;
  await context.sync();
  storeStruckCells(struck);
  for (const { i, props } of locks) {
    const snap = snaps[i];
    const unlocked: string[] = [];
    props.value.forEach((row, r) => row.forEach((p, c) => p.format?.protection?.locked === false && unlocked.push(a1(snap.top + r, snap.left + c))));
    snap.unlocked = unlocked;
  }
}

/** Row blocks of at most `limit` cells over every used range. */
function cellBlocks(used: UsedRange[], limit: number): Block[] {
  const blocks: Block[] = [];
  used.forEach((u, sheet) => {
    if (u.range.isNullObject || u.read) return;
    const { rowIndex, columnIndex, rowCount, columnCount } = u.range;
    const step = Math.max(1, Math.floor(limit / columnCount));
    for (let r = 0; r < rowCount; r += step)
      blocks.push({ sheet, rowIndex: rowIndex + r, columnIndex, rows: Math.min(step, rowCount - r), columns: columnCount });
  });
  return blocks;
}

/** Step (3): the cells, in syncs of at most cellsPerSync cells; a sync refused as too large is split in two. */
async function readCells(
  context: Excel.RequestContext,
  used: UsedRange[],
  snaps: SheetSnapshot[],
  total: number,
  opts: ReadOptions,
  hidden: HiddenLinesRead,
): Promise<void> {
  const limit = opts.cellsPerSync ?? CELLS_PER_SYNC;
  const queue = cellBlocks(used, limit);
  let done = used.reduce((n, u) => n + (u.read ? u.range.rowCount * u.range.columnCount : 0), 0);
  let hiddenRead = false;
  let budget = limit;
  if (done) opts.onProgress?.(done, total);
  while (queue.length || (!hiddenRead && hidden.needed)) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length && (batch.length === 0 || cells + queue[0].rows * queue[0].columns <= budget)) {
      const b = queue.shift()!;
      cells += b.rows * b.columns;
      batch.push(b);
    }
    for (const b of batch) {
      b.range = used[b.sheet].ws.getRangeByIndexes(b.rowIndex, b.columnIndex, b.rows, b.columns);
      b.range.load('values,formulas,numberFormat');
    }
    if (!hiddenRead) hidden.queue(); // with the first sync that succeeds
    try {
      // One sync per batch of blocks on purpose: Excel on the web refuses a request or response over 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      // Too big for one request after all (long texts): halve the blocks and try again.
      if (!isPayloadError(e) || !batch.length || (batch.length === 1 && batch[0].rows === 1)) throw e;
      budget = Math.max(1, Math.floor(Math.min(budget, cells) / 2));
      queue.unshift(...halves(batch));
      continue;
    }
    if (!hiddenRead) hidden.store();
    hiddenRead = true;
    for (const b of batch) done += storeBlock(snaps[b.sheet], b);
    opts.onProgress?.(done, total);
  }
}

/** The blocks of a refused sync, each cut in two by rows (its later half first, as they have always been queued). */
function halves(batch: Block[]): Block[] {
  return batch.flatMap((b) => {
    if (b.rows <= 1) return [{ ...b, range: undefined }];
    const half = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: b.rows - half, rowIndex: b.rowIndex + half, range: undefined },
      { ...b, rows: half, range: undefined },
    ];
  });
}

/** A loaded block's cells into its sheet's snapshot; the number of cells. */
function storeBlock(snap: SheetSnapshot, b: Block): number {
  const offset = b.rowIndex + 1 - snap.top;
  const values = b.range!.values as unknown[][];
  const formulas = b.range!.formulas as unknown[][];
  const formats = b.range!.numberFormat as unknown[][];
  for (let r = 0; r < b.rows; r++) {
    snap.values[offset + r] = values[r].map(foldValue);
    snap.formulas![offset + r] = formulas[r].map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null));
    snap.numberFormats![offset + r] = formats[r].map((f) => (typeof f === 'string' && f !== 'General' ? f : null));
  }
  return b.rows * b.columns;
}

function foldValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
