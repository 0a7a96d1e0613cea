/**
 * Excel's own undo (ExcelApi 1.20) against the fake Excel, which keeps an undo stack: with 1.20 each
 * action is one Excel.run merged into one undo entry, with no call that empties the stack and no
 * undo record of the add-in; Ctrl+Z takes the whole action back. Below 1.20, and for an action whose
 * plan needs a call Excel cannot undo (the template's protected sheets), the add-in's own record.
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { SUMMARY_SHEET } from '../../engine';
import { createFakeExcel, fakeWorkbookFrom, FakeExcelError, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { sheet } from '../../../test/helpers/workbooks';
import { createExcelHost, UNDO_SHEET, type ExcelRun } from '.';

function setUp(apiMinor: number) {
  const f: FakeHost = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  f.data.apiMinor = apiMinor;
  const host = createExcelHost({
    run: f.run as unknown as ExcelRun,
    isSetSupported: f.isSetSupported,
    changeTracking: true,
    fileName: 'demo.xlsx',
    settings: f.document.settings,
  });
  return { f, host };
}

/** Every cell of every sheet, to compare the workbook before and after. */
const cellsOf = (f: FakeHost) =>
  Object.fromEntries(f.data.sheets.map((s) => [s.name, [...s.cells.entries()].map(([a, c]) => [a, c.value, c.formula ?? null])]));

describe('the fake Excel keeps an undo stack (ExcelApi 1.20)', () => {
  test('a merged run is one entry whatever its syncs; an unmerged one an entry per sync; a call without undo empties it, or fails inside a merged run', async () => {
    const { f } = setUp(20);
    const write = (context: { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown } } } } }, v: string) =>
      (context.workbook.worksheets.getItem('KPI').getRange('Z1').values = [[v]]);
    await f.run({ mergeUndoGroup: true }, async (context) => {
      write(context, 'a');
      await context.sync();
      write(context, 'b');
      await context.sync();
    });
    expect(f.data.undoStack.entries.map((e) => e.syncs)).toEqual([2]);
    await f.run(async (context) => {
      write(context, 'c');
      await context.sync();
      write(context, 'd');
    });
    expect(f.data.undoStack.entries.length).toBe(3);
    expect(f.data.undo()).toBe(true);
    expect(f.data.value('KPI', 'Z1')).toBe('c');
    const merged = f.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem('KPI').protection.protect();
      await context.sync();
    });
    await expect(merged).rejects.toMatchObject({ code: 'UndoNotSupported' });
    expect(f.data.sheet('KPI')!.protected).toBe(false);
    await f.run(async (context) => context.workbook.worksheets.getItem('KPI').protection.protect());
    expect(f.data.undoStack.entries).toEqual([]);
    expect(f.data.undoStack.clears).toEqual([{ protect: true }]);
  });

  test('below 1.20 the option is not known and every change empties the stack', async () => {
    const { f } = setUp(18);
    await f.run({ mergeUndoGroup: true }, async (context) => {
      context.workbook.worksheets.getItem('KPI').getRange('Z1').values = [['a']];
    });
    expect(f.data.undoStack.entries).toEqual([]);
    expect(f.data.undo()).toBe(false);
    expect(new FakeExcelError('UndoNotSupported', 'x').code).toBe('UndoNotSupported');
  });
});

describe('with ExcelApi 1.20', () => {
  test('Grade is one merged run: one undo entry, nothing emptied the stack, no undo record or settings saved; one Ctrl+Z takes it all back', async () => {
    const { f, host } = setUp(20);
    expect(host.undoMode).toBe('excel');
    await host.check();
    const before = cellsOf(f);
    const graded = await host.grade({ overwrite: false });
    expect(graded.changes.length).toBeGreaterThan(0);
    expect(f.data.runOptions).toEqual([{ mergeUndoGroup: true }]);
    expect(f.data.undoStack.entries.length).toBe(1);
    expect(f.data.undoStack.clears).toEqual([]);
    expect(f.data.settingsSaves).toBe(0);
    expect(f.data.sheet(UNDO_SHEET)).toBeUndefined();
    expect(await host.lastRun()).toBeNull();
    expect(f.data.undo()).toBe(true);
    expect(cellsOf(f)).toEqual(before);
    expect(f.data.sheet(SUMMARY_SHEET)).toBeUndefined();
  });

  test('Grade again remakes 評価サマリー in place (no sheet deleted): one more entry; Ctrl+Z gives back the first one', async () => {
    const { f, host } = setUp(20);
    await host.grade({ overwrite: false });
    const first = cellsOf(f);
    const summary = () => f.data.sheet(SUMMARY_SHEET)!;
    expect(summary().tables.length).toBe(1);
    await host.grade({ overwrite: true });
    expect(f.data.undoStack.entries.length).toBe(2);
    expect(f.data.undoStack.clears).toEqual([]);
    expect(summary().tables.map((t) => t.name)).toEqual(['EvalSheetSummary']);
    expect(summary().charts.length).toBe(2);
    f.data.undo();
    expect(cellsOf(f)).toEqual(first);
  });

  test('the summary remade in place is the summary remade by deleting and adding it (cells, merges, colours, table, charts, frozen rows)', async () => {
    const summaryAfterTwoGrades = async (apiMinor: number) => {
      const { f, host } = setUp(apiMinor);
      await host.grade({ overwrite: false });
      await host.grade({ overwrite: true });
      const { cells, merges, conditionalFormats, tables, charts, frozenRows } = f.data.sheet(SUMMARY_SHEET)!;
      return { cells: [...cells.entries()].sort(), merges: [...merges].sort(), conditionalFormats, tables, charts, frozenRows };
    };
    expect(await summaryAfterTwoGrades(20)).toEqual(await summaryAfterTwoGrades(18));
  });

  test('settings written through the pane: one entry, no call emptying the stack', async () => {
    const { f, host } = setUp(20);
    const s = await host.readSettings();
    await host.writeSettings(s.rules);
    expect(f.data.undoStack.entries.length).toBe(1);
    expect(f.data.undoStack.clears).toEqual([]);
  });

  test('次の期間へ into this workbook: one merged run, one entry, nothing emptied the stack; Ctrl+Z gives the period back', async () => {
    const { f, host } = setUp(20);
    const before = cellsOf(f);
    const preview = await host.previewRoll();
    const rolled = await host.roll({ target: 'open', expected: preview.fingerprint });
    expect(rolled.changes.length).toBeGreaterThan(0);
    expect(f.data.undoStack.entries.length).toBe(1);
    expect(f.data.undoStack.clears).toEqual([]);
    f.data.undo();
    expect(cellsOf(f)).toEqual(before);
  });

  test('a month imported: one entry, nothing emptied the stack', async () => {
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    const wb = buildWorkbook([
      sheet('月次実績', [
        ['番号', '指標名', '年間目標', ...months],
        ['R-1', '窓口相談件数', 1200, 110],
      ]),
    ]);
    const f: FakeHost = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(wb).sheets));
    f.data.apiMinor = 20;
    const host = createExcelHost({ run: f.run as unknown as ExcelRun, isSetSupported: f.isSetSupported, changeTracking: true, settings: f.document.settings });
    await host.importActuals({
      source: {
        kind: 'table',
        name: '5月.csv',
        rows: [
          ['番号', '5月'],
          ['R-1', 120],
        ],
      },
      month: 5,
      overwrite: false,
    });
    expect(f.data.value('月次実績', 'E2')).toBe(120);
    expect(f.data.undoStack.entries.length).toBe(1);
    expect(f.data.undoStack.clears).toEqual([]);
    f.data.undo();
    expect(f.data.value('月次実績', 'E2')).toBe('');
  });

  test("the template's protected sheets cannot be undone by Excel: written with the add-in's own record, which the pane's 元に戻す takes back", async () => {
    const f: FakeHost = createFakeExcel(fakeWorkbookFrom([]));
    f.data.addSheet('Sheet1');
    f.data.apiMinor = 20;
    const host = createExcelHost({ run: f.run as unknown as ExcelRun, isSetSupported: f.isSetSupported, changeTracking: true, settings: f.document.settings });
    const made = await host.createTemplate({ fiscalYear: 2024, planStart: 2021, planEnd: 2025, sample: false });
    expect((await host.lastRun()) as { action: string }).toMatchObject({ action: 'ひな形の作成' });
    expect(f.data.undoStack.entries).toEqual([]);
    const undone = await host.undo();
    expect(undone.deletedSheets.sort()).toEqual([...made.sheets].sort());
  });

  test('an undo record of an earlier action is emptied by an action Excel undoes, so 元に戻す never takes back an older one', async () => {
    const { f, host } = setUp(18);
    await host.grade({ overwrite: false });
    expect(await host.lastRun()).not.toBeNull();
    f.data.apiMinor = 20;
    const clears = f.data.undoStack.clears.length; // the add-in's record (its sheet, the settings saved) emptied the stack
    const now = createExcelHost({ run: f.run as unknown as ExcelRun, isSetSupported: f.isSetSupported, changeTracking: true, settings: f.document.settings });
    await now.grade({ overwrite: true });
    expect(await now.lastRun()).toBeNull();
    expect(f.data.undoStack.clears.length).toBe(clears);
    expect(f.data.undoStack.entries.length).toBe(1);
  });
});

test("below ExcelApi 1.20 no run is merged and Grade leaves the add-in's own undo record", async () => {
  const { f, host } = setUp(18);
  expect(host.undoMode).toBe('record');
  await host.grade({ overwrite: false });
  expect(f.data.runOptions).toEqual([]);
  expect((await host.lastRun()) as { action: string }).toMatchObject({ action: '評価の記入' });
  expect(f.data.sheet(UNDO_SHEET)?.visibility).toBe('VeryHidden');
});
