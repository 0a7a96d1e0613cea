/**
 * 次の期間へ as a new workbook: the open file's bytes (Office's getFileAsync, compressed, in
 * slices), read and written through the .xlsx adapter's file port (the bounded reader; the patcher
 * into a copy, exceljs only when the package needs it), and Excel.createWorkbook(base64) (ExcelApi
 * 1.8) opens the copy. The open workbook is not changed. This module is loaded on first use.
 */
import type { CellWrite, WritePlan } from '../../engine/model/plan';
import type { WorkbookSnapshot } from '../../engine/model/port';
import { filePort, type FilePort } from '../xlsx/filePort';
import { HostError, hostError } from './errors';
import { UNDO_SHEET } from './undoRecord';

/** The part of Office.AsyncResult the adapter reads. */
export interface AsyncResultLike<T> {
  status: 'succeeded' | 'failed' | string;
  value: T;
  error?: { code?: number; message?: string } | null;
}

export interface OfficeFileLike {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (r: AsyncResultLike<{ data: ArrayLike<number>; index: number; size: number }>) => void): void;
  closeAsync(callback?: (r: AsyncResultLike<void>) => void): void;
}

/** `Office.context.document`, as far as the adapter uses it. */
export interface OfficeDocumentLike {
  getFileAsync(fileType: string, options: { sliceSize?: number }, callback: (r: AsyncResultLike<OfficeFileLike>) => void): void;
}

/** What the host needs for a new workbook; absent outside Excel or where Office lacks it. */
export interface NewWorkbookApi {
  document: OfficeDocumentLike;
  /** `Excel.createWorkbook` */
  createWorkbook(base64: string): Promise<void>;
}

/** Office's largest slice (4 MB). */
export const SLICE_SIZE = 4 * 1024 * 1024;

const failed = (what: string, r: AsyncResultLike<unknown>) =>
  new HostError('other', `${what}（${r.error?.message ?? '理由不明'}）。新しいブックは作っていません。開いているブックも変更していません。`);

/** The open workbook as an .xlsx file (Office.FileType.Compressed), every slice read, the file closed. */
export async function readOpenFile(doc: OfficeDocumentLike): Promise<Uint8Array> {
  const file = await new Promise<OfficeFileLike>((resolve, reject) =>
    doc.getFileAsync('compressed', { sliceSize: SLICE_SIZE }, (r) =>
      r.status === 'succeeded' ? resolve(r.value) : reject(failed('開いているブックの内容を Excel から受け取れませんでした', r)),
    ),
  );
  try {
    const out = new Uint8Array(file.size);
    let at = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await new Promise<ArrayLike<number>>((resolve, reject) =>
        file.getSliceAsync(i, (r) =>
          r.status === 'succeeded' ? resolve(r.value.data) : reject(failed(`ブックの内容の ${i + 1} / ${file.sliceCount} 番目を受け取れませんでした`, r)),
        ),
      );
      if (at + slice.length > out.length) throw new HostError('other', 'Excel から受け取ったブックの大きさが合いません。新しいブックは作っていません。');
      out.set(slice, at);
      at += slice.length;
    }
    return at === out.length ? out : out.subarray(0, at);
  } finally {
    // Office keeps at most two files open per document: always give it back.
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Cells whose content in the file differs from what the plan was made from (the workbook as Excel
 * shows it): unsaved changes the file may not have, for instance.
 */
export function differingCells(cells: CellWrite[], fileSnapshot: WorkbookSnapshot): CellWrite[] {
  const sheets = new Map(fileSnapshot.sheets.map((s) => [s.name, s]));
  return cells.filter((c) => {
    const s = sheets.get(c.sheet);
    if (!s) return true;
    const m = /^([A-Z]+)(\d+)$/.exec(c.cell);
    if (!m) return true;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const v = s.values[Number(m[2]) - s.top]?.[col - s.left] ?? null;
    return text(v) !== text(c.previous);
  });
}

/** The plan for the new workbook: the roll plan, and the last run's undo record emptied (it belongs to the old file). */
export function newWorkbookPlan(plan: WritePlan, snapshot: WorkbookSnapshot): WritePlan {
  if (!snapshot.sheets.some((s) => s.name === UNDO_SHEET)) return plan;
  return { ...plan, sheets: [...plan.sheets, { mode: 'replace', spec: { name: UNDO_SHEET, rows: [], visibility: 'veryHidden' } }] };
}

/**
 * The file's port for the new workbook: as the command line's writer decides it, what exceljs
 * loses when the package needs it is told (keptEverything false), a sheet protection it would drop
 * refuses the copy.
 */
const copyPort = (bytes: Uint8Array, fileName: string): FilePort => filePort(bytes, fileName, { allowLoss: true });

/** Writes the plan into a copy of the file (the file port's apply). @throws InputError naming the file when the copy is refused. */
export async function bytesWithPlan(bytes: Uint8Array, plan: WritePlan, fileName: string): Promise<{ bytes: Uint8Array; keptEverything: boolean }> {
  const out = await copyPort(bytes, fileName).apply(plan, { action: { name: 'roll' } });
  return { bytes: out.bytes, keptEverything: out.keptEverything };
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const UNTOUCHED = '新しいブックは作っていません。開いているブックも変更していません。';

/**
 * The open file with the plan applied, opened as a new workbook; the open one is not touched.
 * Refused when the file's cells the plan changes differ from the snapshot the plan was made from.
 * Says whether everything (charts, drawings) was carried over.
 */
export async function openAsNewWorkbook(
  api: NewWorkbookApi,
  snap: WorkbookSnapshot,
  plan: WritePlan,
  o: { fileName: string; aborted: () => boolean; cancelled: () => Error },
): Promise<boolean> {
  const port = copyPort(await readOpenFile(api.document), o.fileName);
  let fileSnap: WorkbookSnapshot;
  try {
    fileSnap = await port.read();
  } catch (e) {
    throw new HostError('other', `Excel から受け取ったブックの内容を読み取れませんでした（${(e as Error).message}）。${UNTOUCHED}`);
  }
  const differ = differingCells(plan.cells, fileSnap);
  if (differ.length) {
    const where =
      differ
        .slice(0, 3)
        .map((c) => `${c.sheet}!${c.cell}`)
        .join('、') + (differ.length > 3 ? ` ほか ${differ.length - 3} 個` : '');
    throw new HostError(
      'other',
      `Excel から受け取ったファイルの内容が画面のブックと違います（${where}）。保存されていない変更があるのかもしれません。ブックを保存してから、もう一度実行してください。${UNTOUCHED}`,
    );
  }
  if (o.aborted()) throw o.cancelled();
  let out: { bytes: Uint8Array; keptEverything: boolean };
  try {
    out = await port.apply(newWorkbookPlan(plan, snap), { action: { name: 'roll' } });
  } catch (e) {
    throw new HostError(
      'other',
      `次の期間のブックの内容を作れませんでした（${(e as Error)?.message ?? e}）。${UNTOUCHED}「このブックを変更する」を選ぶこともできます。`,
    );
  }
  if (o.aborted()) throw o.cancelled();
  try {
    await api.createWorkbook(toBase64(out.bytes));
  } catch (e) {
    const h = hostError(e);
    throw new HostError(h.kind, `Excel が新しいブックを開けませんでした：${h.message} 開いているブックは変更していません。`);
  }
  return out.keptEverything;
}
