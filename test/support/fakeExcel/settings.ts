import { ok, type FakeAsyncResult } from './asyncResult';
import type { FakeWorkbookData } from './workbookData';

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
      data.undoStack.settingsSaved(); // Office's settings saved: Excel's undo stack is emptied
      setTimeout(() => callback?.(ok(undefined)), 0);
    },
  };
}
