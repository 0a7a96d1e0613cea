/**
 * The fake Excel: an imitation of the parts of Office.js the add-in uses (workbook, worksheets,
 * ranges, protection, settings, the document file), for the tests, the pane's browser test and
 * `npm run bench:addin`. Import it from here, never from its files.
 */
export { createFakeExcel, fakeWorkbookFrom, FakeExcelError, FakeWorkbookData } from './fakeExcel';
export type { FakeCell, FakeHost, FakeRequestContext, FakeSheetData, FakeValue, SyncStat } from './fakeExcel';
export { fakeWorkbookBytes } from './fakeFile';
export type { CreatedWorkbook, FakeAsyncResult, FakeFile, FakeSlice } from './fakeFile';
