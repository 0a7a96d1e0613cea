/**
 * Stands in for office.js in the end-to-end test: an "Excel" (the fake) holding the workbook
 * the test put in window.__FIXTURE, and the few Office.* members the pane uses.
 */
import { createFakeExcel, fakeWorkbookFrom } from '../../src/fake-excel/fakeExcel';

const w = window as unknown as Record<string, unknown> & { __FIXTURE: { sheets: Parameters<typeof fakeWorkbookFrom>[0] }; __LANG?: string };
const data = fakeWorkbookFrom(w.__FIXTURE.sheets);
const fake = createFakeExcel(data);
w.__fake = data;
w.Excel = { run: fake.run };
w.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: w.__LANG ?? 'ja-JP', requirements: { isSetSupported: fake.isSetSupported }, officeTheme: undefined },
  onReady: (cb?: (info: { host: string; platform: string }) => void) =>
    Promise.resolve().then(() => {
      const info = { host: 'Excel', platform: 'PC' };
      cb?.(info);
      return info;
    }),
};
