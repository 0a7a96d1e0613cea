/**
 * `Office.context.document` of the fake: its settings and `getFileAsync` (the workbook as an .xlsx,
 * Office.FileType.Compressed, in slices), as the real API behaves where the add-in depends on it:
 * - only "compressed" (and "pdf", which the fake does not make) are file types Excel gives, and
 *   only where the CompressedFile requirement set is (not on iPad);
 * - at most two files may be open at once: a third getFileAsync fails until one is closed.
 */
import { fail, ok, type FakeAsyncResult } from './asyncResult';
import { MAX_SLICE, openFakeFile, type FakeFile } from './file';
import { fakeWorkbookBytes } from './fileBytes';
import { fakeSettings } from './settings';
import type { FakeWorkbookData } from './workbookData';

type FileCallback = (r: FakeAsyncResult<FakeFile>) => void;

/** `Office.context.document` of the fake. */
export function fakeDocument(data: FakeWorkbookData) {
  return {
    settings: fakeSettings(data),
    getFileAsync(fileType: string, a?: { sliceSize?: number } | FileCallback, b?: FileCallback): void {
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
          const file = openFakeFile(data, bytes, sliceSize);
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
