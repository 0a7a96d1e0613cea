/**
 * `Office.File` of the fake, as `getFileAsync` hands it out: the workbook's bytes in slices of at
 * most 4 MB, their data an array of bytes; a closed file's slices fail, and closing it frees one of
 * the two files Office lets an add-in hold open.
 */
import { fail, ok, type FakeAsyncResult } from './asyncResult';
import type { FakeWorkbookData } from './workbookData';

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

/** The largest slice Office gives (and its default). */
export const MAX_SLICE = 4 * 1024 * 1024;

/** An open file over the bytes (counted in data.openFiles until closed). */
export function openFakeFile(data: FakeWorkbookData, bytes: Uint8Array, sliceSize: number): FakeFile {
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
  return file;
}
