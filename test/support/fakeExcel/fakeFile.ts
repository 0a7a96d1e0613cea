/**
 * The fake Excel's file side: `Office.context.document.getFileAsync` (the workbook as an .xlsx,
 * Office.FileType.Compressed, in slices) and `Excel.createWorkbook(base64)` (ExcelApi 1.8), as the
 * real API behaves where the add-in depends on it:
 * - only "compressed" (and "pdf", which the fake does not make) are file types Excel gives;
 * - at most two files may be open at once: a third getFileAsync fails until one is closed;
 * - slices are at most 4 MB (the default), their data an array of bytes; a closed file's slices fail;
 * - createWorkbook needs ExcelApi 1.8 and a base64 .xlsx; the workbooks it "opened" are recorded.
 * The file is written by exceljs (loaded on first use) from the fake's cells: values, formulas,
 * number formats, merges, sheet visibility, protection and cell locks.
 */
import type { FakeWorkbookData } from './fakeExcel';

export interface FakeAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error: { code: number; name: string; message: string } | null;
}

export interface FakeSlice {
  data: number[];
  index: number;
  size: number;
}

export interface FakeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (r: FakeAsyncResult<FakeSlice>) => void): void;
  closeAsync(callback?: (r: FakeAsyncResult<void>) => void): void;
}

/** A workbook Excel.createWorkbook opened (in a new window, unsaved). */
export interface CreatedWorkbook {
  base64: string;
  bytes: Uint8Array;
}

const MAX_SLICE = 4 * 1024 * 1024;

const ok = <T>(value: T): FakeAsyncResult<T> => ({ status: 'succeeded', value, error: null });
const fail = <T>(code: number, name: string, message: string): FakeAsyncResult<T> => ({
  status: 'failed',
  value: undefined as T,
  error: { code, name, message },
});

/** The fake's workbook as .xlsx bytes. */
export async function fakeWorkbookBytes(data: FakeWorkbookData): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  for (const s of data.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden' });
    for (const m of s.merges) ws.mergeCells(m);
    for (const [address, c] of s.cells) {
      const cell = ws.getCell(address);
      if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ''), result: c.value } as never;
      else if (c.value !== '') cell.value = c.value;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.locked === false) cell.protection = { locked: false };
      if (c.validation) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.validation.join(',')}"`] };
    }
    if (s.protected) await ws.protect('', { formatColumns: true, formatRows: true });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * `Office.context.document.settings` of the fake: the add-in's own name/value pairs stored in the
 * workbook (Office keeps them in the file, per add-in); set() and remove() change the copy in memory,
 * saveAsync() writes it into the workbook (data.savedSettings). Values go through JSON, as in Office.
 */
export function fakeSettings(data: FakeWorkbookData) {
  return {
    get: (name: string): unknown => (data.settings.has(name) ? JSON.parse(JSON.stringify(data.settings.get(name))) : null),
    set: (name: string, value: unknown): void => void data.settings.set(name, JSON.parse(JSON.stringify(value ?? null))),
    remove: (name: string): void => void data.settings.delete(name),
    saveAsync(a?: unknown, b?: (r: FakeAsyncResult<void>) => void): void {
      const callback = typeof a === 'function' ? (a as (r: FakeAsyncResult<void>) => void) : b;
      data.savedSettings = new Map(data.settings);
      data.settingsSaves++;
      setTimeout(() => callback?.(ok(undefined)), 0);
    },
  };
}

/** `Office.context.document` of the fake. */
export function fakeDocument(data: FakeWorkbookData) {
  return {
    settings: fakeSettings(data),
    getFileAsync(fileType: string, a?: { sliceSize?: number } | ((r: FakeAsyncResult<FakeFile>) => void), b?: (r: FakeAsyncResult<FakeFile>) => void): void {
      const options = typeof a === 'function' ? {} : (a ?? {});
      const callback = typeof a === 'function' ? a : b!;
      const sliceSize = options.sliceSize ?? MAX_SLICE;
      const later = (r: FakeAsyncResult<FakeFile>): void => void setTimeout(() => callback(r), 0);
      if (fileType !== 'compressed' || !data.compressedFile)
        return later(fail(11000, 'Invalid Format Error', `The file type ${fileType} is not supported by the fake.`));
      if (!(sliceSize > 0 && sliceSize <= MAX_SLICE)) return later(fail(11001, 'Invalid Slice Size', 'The slice size must be between 1 byte and 4 MB.'));
      if (data.openFiles >= 2) return later(fail(11102, 'Too Many Files', 'Only two documents can be in memory at once; close one with File.closeAsync.'));
      data.openFiles++;
      fakeWorkbookBytes(data).then(
        (bytes) => {
          let open = true;
          const file: FakeFile = {
            size: bytes.length,
            sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
            getSliceAsync(index, cb) {
              const r = !open
                ? fail<FakeSlice>(11103, 'File Closed', 'The file is closed.')
                : index < 0 || index >= file.sliceCount
                  ? fail<FakeSlice>(11104, 'Invalid Slice', `No slice ${index}.`)
                  : ok({
                      data: Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize)),
                      index,
                      size: Math.min(sliceSize, bytes.length - index * sliceSize),
                    });
              setTimeout(() => cb(r), 0);
            },
            closeAsync(cb) {
              if (open) data.openFiles--;
              open = false;
              setTimeout(() => cb?.(ok(undefined)), 0);
            },
          };
          data.filesRead++;
          callback(ok(file));
        },
        (e) => {
          data.openFiles--;
          callback(fail(11000, 'Internal Error', String((e as Error)?.message ?? e)));
        },
      );
    },
  };
}

/** `Excel.createWorkbook` of the fake. */
export function fakeCreateWorkbook(data: FakeWorkbookData, error: (code: string, message: string) => Error) {
  return async (base64?: string): Promise<void> => {
    if (!data.isSetSupported('ExcelApi', '1.8')) throw error('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8');
    let bytes = new Uint8Array(0);
    if (base64 !== undefined) {
      try {
        bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      } catch {
        throw error('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw error('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    }
    data.createdWorkbooks.push({ base64: base64 ?? '', bytes });
  };
}
