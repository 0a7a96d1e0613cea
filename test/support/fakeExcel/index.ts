/**
 * The fake Excel: an imitation of the parts of Office.js the add-in uses, for the tests, the pane's
 * browser test and `npm run bench:addin` (where no Excel can run). It behaves like the real API
 * where the add-in depends on it:
 * - properties throw until they were loaded and a `context.sync()` ran (clientObject.ts);
 * - writes are queued and applied in order at sync; an error stops the batch there (what ran
 *   before it stays applied, as in Excel); every sync is counted, with the size of its request and
 *   response (requestContext.ts);
 * - `getItemOrNullObject` / `getUsedRangeOrNullObject` give null objects whose `isNullObject` is
 *   only known after sync (worksheetCollection.ts, worksheet.ts);
 * - 2-D arrays must match the range's shape; a protected sheet rejects writes, except values
 *   written into its unlocked cells (as a person may type there); a cell being edited rejects the
 *   whole batch; a text starting with = becomes a formula unless the cell's number format is "@"
 *   (range.ts, cells.ts);
 * - the file side (getFileAsync, createWorkbook) and the add-in's settings of the workbook
 *   (Office.context.document.settings: get/set/remove, kept only when saveAsync ran) are in
 *   document.ts, file.ts, createWorkbook.ts and settings.ts.
 * - Excel's own undo stack (ExcelApi 1.20): each sync that changes the workbook one entry, all
 *   the syncs of an `Excel.run({ mergeUndoGroup: true }, …)` one; a call without undo (deleting or
 *   protecting a sheet, a sheet's visibility on the desktop, settings saved) empties it, or fails
 *   inside a merged run (UndoNotSupported); `data.undo()` is Ctrl+Z (undoStack.ts);
 * - a sheet's tables and charts as collections (`load('items/name')`, `delete()`), and clearing a
 *   range or a whole sheet in place (range.clear, unmerge, conditionalFormats.clearAll, unfreeze).
 * - notes (ExcelApi 1.18; ApiNotFound below it) and comments (1.10): a cell holds one or the other,
 *   none is added on a protected sheet, what the add-in adds is authored by the person signed in
 *   (cellNotes.ts).
 * One file per Office object. Import the fake from here, never from its files.
 */
export type { FakeAsyncResult } from './asyncResult';
export { FakeExcelError } from './errors';
export { createFakeExcel, type FakeHost, type FakeRequestContext } from './fakeHost';
export type { FakeFile, FakeSlice } from './file';
export { fakeWorkbookBytes } from './fileBytes';
export { fakeWorkbookFrom } from './fromSnapshot';
export type { FakeUndoStack, UndoEntry } from './undoStack';
export { SIGNED_IN_USER } from './cellNotes';
export { FakeWorkbookData, type CreatedWorkbook, type FakeCell, type FakeNote, type FakeSheetData, type FakeValue, type SyncStat } from './workbookData';
