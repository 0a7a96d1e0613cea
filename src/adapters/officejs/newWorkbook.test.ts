/**
 * 次の期間へ as a new workbook, through the Office.js adapter and the fake Excel's getFileAsync
 * and createWorkbook: the file read in slices and given back, the plan written into a copy, the
 * open workbook unchanged.
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { loadWorkbook } from '../xlsx/openWorkbook';
import { createFakeExcel, fakeWorkbookFrom, type FakeWorkbookData } from '../../../test/support/fakeExcel';
import { fakeWorkbookBytes } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { checkWorkbook } from '../../engine';
import { createExcelHost, type ExcelRun } from './host';
import { readOpenFile } from './newWorkbook';
import { UNDO_SHEET } from './undoRecord';

const demo = () => fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets);
const hostOf = (data: FakeWorkbookData) => {
  const fake = createFakeExcel(data);
  return {
    fake,
    host: createExcelHost({
      run: fake.run as unknown as ExcelRun,
      isSetSupported: fake.isSetSupported,
      changeTracking: true,
      newWorkbook: { document: fake.document, createWorkbook: fake.createWorkbook },
    }),
  };
};

test('readOpenFile reads every slice of the compressed file and closes it (Office keeps two files at most)', async () => {
  const data = demo();
  const { fake } = hostOf(data);
  const whole = await fakeWorkbookBytes(data);
  const small = {
    getFileAsync: (type: string, o: { sliceSize?: number }, cb: Parameters<typeof fake.document.getFileAsync>[2]) =>
      fake.document.getFileAsync(type, { ...o, sliceSize: 1000 }, cb),
  };
  for (let i = 0; i < 3; i++) {
    const bytes = await readOpenFile(small);
    expect(bytes.length).toBe(whole.length);
    expect(bytes[0]).toBe(0x50);
  }
  expect(data.openFiles).toBe(0);
  expect(data.filesRead).toBe(3);
});

test('the fake refuses a third open file, as Office does', async () => {
  const data = demo();
  const { fake } = hostOf(data);
  const open = () => new Promise<string>((r) => fake.document.getFileAsync('compressed', {}, (x) => r(x.status)));
  expect([await open(), await open(), await open()]).toEqual(['succeeded', 'succeeded', 'failed']);
});

test('roll to a new workbook: the created workbook has the plan, without the old undo record; the open workbook is unchanged', async () => {
  const data = demo();
  const { host } = hostOf(data);
  // A run before: the open workbook has an undo record the new workbook must not inherit.
  await host.grade({ overwrite: false });
  expect(data.sheet(UNDO_SHEET)).toBeDefined();
  const before = JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]));
  const preview = await host.previewRoll();
  expect(preview.newWorkbook).toEqual({ available: true, reason: null });
  const out = await host.roll({ target: 'new', expected: preview.fingerprint });
  expect(out.target).toBe('new');
  expect(JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
  expect(data.createdWorkbooks).toHaveLength(1);
  const made = await loadWorkbook(data.createdWorkbooks[0].bytes, 'new.xlsx');
  expect(checkWorkbook(made.snapshot, {}).report.period?.label).toBe(out.to);
  const undo = made.snapshot.sheets.find((s) => s.name === UNDO_SHEET);
  expect(undo?.values.flat().filter((v) => v !== null && v !== '') ?? []).toEqual([]);
  const newHost = hostOf(fakeWorkbookFrom(made.snapshot.sheets)).host;
  expect(await newHost.lastRun()).toBeNull();
});

test('roll to a new workbook refuses when the file differs from the workbook on screen (unsaved changes): nothing made, nothing changed', async () => {
  const data = demo();
  const { fake, host } = hostOf(data);
  const preview = await host.previewRoll();
  const first = preview.changes[0];
  // The file Excel hands over has an older content in a cell the roll changes.
  const real = fake.document.getFileAsync.bind(fake.document);
  fake.document.getFileAsync = (type, o, cb) => {
    const cell = data.cell(first.sheet, first.cell)!;
    const keep = cell.value;
    cell.value = '保存前の値';
    real(type, o, (r) => {
      cell.value = keep;
      (cb as (x: unknown) => void)(r);
    });
  };
  await expect(host.roll({ target: 'new', expected: preview.fingerprint })).rejects.toThrow(
    new RegExp(`画面のブックと違います（${first.sheet}!${first.cell}）.*新しいブックは作っていません`),
  );
  expect(data.createdWorkbooks).toHaveLength(0);
  expect(data.openFiles).toBe(0);
});

test('a plan changed after the preview is not written (the clerk confirmed another one)', async () => {
  const data = demo();
  const { host } = hostOf(data);
  const preview = await host.previewRoll();
  const c = preview.changes.find((x) => x.kind === 'narrative-cleared' || x.kind === 'period')!;
  data.cell(c.sheet, c.cell)!.value = '確認の後に書き換えた';
  host.invalidate();
  const before = JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]));
  await expect(host.roll({ target: 'open', expected: preview.fingerprint })).rejects.toThrow(/確認の後にブックが変更された/);
  expect(JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
});

test('roll of a protected template to a new workbook: its unlocked cells take the changes, the sheets stay protected', async () => {
  const data = fakeWorkbookFrom([{ name: 'Sheet1', values: [] }]);
  const { host } = hostOf(data);
  await host.createTemplate({ fiscalYear: 2023, planStart: 2021, planEnd: 2025, sample: true });
  await host.grade({ overwrite: false });
  const preview = await host.previewRoll();
  expect(preview.changes.length).toBeGreaterThan(0);
  const out = await host.roll({ target: 'new', expected: preview.fingerprint });
  const made = await loadWorkbook(data.createdWorkbooks[0].bytes, 'new.xlsx');
  expect(checkWorkbook(made.snapshot, {}).report.period?.label).toBe(out.to);
  const protectedNames = data.sheets.filter((s) => s.protected).map((s) => s.name);
  expect(protectedNames.length).toBeGreaterThan(0);
  for (const n of protectedNames) expect([n, made.snapshot.sheets.find((s) => s.name === n)?.protected]).toEqual([n, true]);
});

test('a failing Excel.createWorkbook is reported in Japanese, saying the open workbook was not changed', async () => {
  const data = demo();
  const fake = createFakeExcel(data);
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    newWorkbook: {
      document: fake.document,
      createWorkbook: async () => Promise.reject(Object.assign(new Error('The operation failed.'), { code: 'GeneralException' })),
    },
  });
  const before = JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]));
  await expect(host.roll({ target: 'new' })).rejects.toThrow(/Excel が新しいブックを開けませんでした.*開いているブックは変更していません/);
  expect(JSON.stringify(data.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
});

test('without CompressedFile 1.1 (Excel on iPad) the preview says a new workbook cannot be made, and roll to one is refused unchanged', async () => {
  const data = demo();
  data.compressedFile = false;
  const { host } = hostOf(data);
  const preview = await host.previewRoll();
  expect(preview.newWorkbook.available).toBe(false);
  expect(preview.newWorkbook.reason).toContain('CompressedFile 1.1');
  await expect(host.roll({ target: 'new', expected: preview.fingerprint })).rejects.toThrow(/新しいブックを作れません.*何も変更していません/);
  expect(data.createdWorkbooks).toHaveLength(0);
});
