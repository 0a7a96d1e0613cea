/** host.selectCells: the cells an indicator was read from, selected at once in Excel (the fake records the selection). */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { createFakeExcel, fakeWorkbookFrom, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { createExcelHost, type ExcelRun } from '.';

function fake(apiMinor?: number): FakeHost {
  const f = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  if (apiMinor !== undefined) f.data.apiMinor = apiMinor;
  return f;
}

const hostOn = (f: FakeHost) => createExcelHost({ run: f.run as unknown as ExcelRun, isSetSupported: f.isSetSupported, changeTracking: true });

test('selects every cell given on the sheet, which is activated', async () => {
  const f = fake();
  const sheet = f.data.sheets[1].name;
  await hostOn(f).selectCells(sheet, ['B5', 'E5', 'F5', 'F3']);
  expect(f.data.selected).toEqual({ sheet, address: 'B5,E5,F5,F3' });
  expect(f.data.activeSheet).toBe(sheet);
});

test('below ExcelApi 1.18 (Office 2021, LTSC 2024: no RangeAreas.select) the first cell alone; no cell: nothing happens', async () => {
  for (const minor of [13, 17]) {
    const f = fake(minor);
    const sheet = f.data.sheets[0].name;
    await hostOn(f).selectCells(sheet, ['C7', 'D7']);
    expect(f.data.selected).toEqual({ sheet, address: 'C7' });
  }
  const sheet = fake().data.sheets[0].name;
  const g = fake();
  await hostOn(g).selectCells(sheet, []);
  expect(g.data.selected).toBeNull();
});
