/**
 * Stands in for office.js in the end-to-end test: an "Excel" (the fake) holding the workbook
 * the test put in window.__FIXTURE, and the few Office.* members the pane uses (getFileAsync and
 * Excel.createWorkbook included: the workbooks it makes are in window.__fake.createdWorkbooks;
 * document.settings, where Undo keeps the workbook's id: window.__fake.settings).
 * window.__API_MINOR, when set, is the highest ExcelApi 1.x the "Excel" supports; window.__COMPRESSED_FILE false: no
 * CompressedFile 1.1 (getFileAsync gives no .xlsx, as on an iPad).
 */
import { createFakeExcel, fakeWorkbookFrom } from '../support/fakeExcel';

const w = window as unknown as Record<string, unknown> & { __FIXTURE: { sheets: Parameters<typeof fakeWorkbookFrom>[0] }; __LANG?: string };
const data = fakeWorkbookFrom(w.__FIXTURE.sheets);
if (typeof w.__API_MINOR === 'number') data.apiMinor = w.__API_MINOR;
if (w.__COMPRESSED_FILE === false) data.compressedFile = false;
const fake = createFakeExcel(data);
w.__fake = data;
w.Excel = { run: fake.run, createWorkbook: fake.createWorkbook };
w.Office = {
  HostType: { Excel: 'Excel' },
  FileType: { Compressed: 'compressed', Pdf: 'pdf' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  context: { displayLanguage: w.__LANG ?? 'ja-JP', requirements: { isSetSupported: fake.isSetSupported }, officeTheme: undefined, document: fake.document },
  onReady: (cb?: (info: { host: string; platform: string }) => void) =>
    Promise.resolve().then(() => {
      const info = { host: 'Excel', platform: 'PC' };
      cb?.(info);
      return info;
    }),
};
