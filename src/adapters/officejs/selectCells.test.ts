/** host.selectCells: the cells an indicator was read from, selected at once in Excel (the fake records the selection). */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { createFakeExcel, fakeWorkbookFrom, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { createExcelHost, type ExcelRun } from '.';

function fake(): FakeHost {
  return createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
}

const hostOn = (f: FakeHost) => createExcelHost({ run: f.run as unknown as ExcelRun, isSetSupported: f.isSetSupported, changeTracking: true });

test('selects every cell given on the sheet, which is activated', async () => {
  const f = fake();
  const sheet = f.data.sheets[1].name;
  await hostOn(f).selectCells(sheet, ['B5', 'E5', 'F5', 'F3']);
  expect(f.data.selected).toEqual({ sheet, address: 'B5,E5,F5,F3' });
  expect(f.data.activeSheet).toBe(sheet);
});

test('one cell is selected alone; no cell: nothing happens', async () => {
  const f = fake();
  const sheet = f.data.sheets[0].name;
  await hostOn(f).selectCells(sheet, ['C7']);
  expect(f.data.selected).toEqual({ sheet, address: 'C7' });
  const g = fake();
  await hostOn(g).selectCells(sheet, []);
  expect(g.data.selected).toBeNull();
});
