/**
 * The reader's syncs: the cells of a typical workbook come with the used ranges in sync (2) (each
 * sheet's window); a sheet larger than its window, or a sync (2) refused as too large, is read
 * in the blocks of step (3), with the same snapshot.
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import type { WorkbookSnapshot } from '../../engine';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { createExcelHost, type ExcelRun } from './host';
import { readSnapshot, windowShape, type ReadOptions } from './read';

const demo = (): WorkbookSnapshot => workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));

async function read(o: ReadOptions & { maxPayload?: number; hideRow?: number; struck?: string[] } = {}) {
  const snap = demo();
  const f = createFakeExcel(fakeWorkbookFrom(snap.sheets.map((s, i) => (i === 0 && o.struck ? { ...s, struck: o.struck } : s))));
  if (o.maxPayload) f.data.maxPayload = o.maxPayload;
  if (o.hideRow) f.data.sheets[0].hiddenRows.add(o.hideRow);
  let out: WorkbookSnapshot | null = null;
  await f.run(async (context) => {
    out = await readSnapshot(context as unknown as Excel.RequestContext, o);
  });
  return { snapshot: out!, syncs: f.data.syncCount, largest: f.data.largestPayload };
}

test("each sheet's window is its share of one sync's cells, about three rows a column, at most 64 columns", () => {
  expect(windowShape(100, 150_000)).toEqual({ rows: 68, columns: 22 });
  expect(windowShape(1, 150_000)).toEqual({ rows: 2343, columns: 64 });
  const many = windowShape(5000, 150_000);
  expect(many.rows * many.columns).toBeLessThanOrEqual(30);
});

test('the cells come with the used ranges in sync (2); sheets larger than their window in the syncs after, the same snapshot', async () => {
  const windows = await read();
  expect(windows.syncs).toBe(2);
  // A budget of 60 cells: every sheet is larger than its window.
  const blocks = await read({ cellsPerSync: 60 });
  expect(blocks.syncs).toBeGreaterThan(2);
  expect(blocks.snapshot).toEqual(windows.snapshot);
});

test('some rows hidden on a sheet held by its window: read with sync (2), no sync more', async () => {
  const plain = await read();
  const hidden = await read({ hideRow: 3 });
  expect(hidden.syncs).toBe(plain.syncs);
  expect(hidden.snapshot.sheets[0].hiddenRows).toEqual([3]);
});

test('cells struck through: the sheet with some asks for its cells in one sync more; the filled ones are listed', async () => {
  const plain = await read();
  const first = plain.snapshot.sheets[0];
  const filled = first.values.flatMap((row, r) => row.flatMap((v, c) => (v !== null && v !== '' ? [{ r, c }] : []))).slice(0, 2);
  const cells = filled.map(({ r, c }) => `${String.fromCharCode(65 + first.left - 1 + c)}${first.top + r}`);
  const struck = await read({ struck: cells });
  expect(plain.snapshot.sheets.every((s) => s.struck === undefined)).toBe(true);
  expect(struck.syncs).toBe(plain.syncs + 1);
  expect(struck.snapshot.sheets[0].struck).toEqual(cells);
});

test('a sync (2) refused as too large is asked again without the windows; the cells then come in blocks', async () => {
  const whole = await read();
  const limited = await read({ maxPayload: Math.floor(whole.largest * 0.9) });
  expect(limited.syncs).toBeGreaterThan(whole.syncs + 1);
  expect(limited.snapshot).toEqual(whole.snapshot);
});

test('Check + Grade in 3 syncs: the sheets, the used ranges with their cells, the writes', async () => {
  const f = createFakeExcel(fakeWorkbookFrom(demo().sheets));
  const host = createExcelHost({
    run: f.run as unknown as ExcelRun,
    settings: f.document.settings,
    isSetSupported: f.isSetSupported,
    changeTracking: true,
    fileName: 'demo.xlsx',
  });
  await host.check();
  const graded = await host.grade({ overwrite: false });
  expect(graded.changes.length).toBeGreaterThan(0);
  expect(f.data.syncCount).toBe(3);
});
