/**
 * The Office.js adapter against the fake Excel: the same engine results as the .xlsx adapter,
 * the sync budget, what Grade writes, Undo, and the errors a clerk can meet.
 */
import { buildWorkbook } from '../xlsx/applyPlan';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import { checkWorkbook, type WorkbookSnapshot } from '../../engine';
import { createFakeExcel, fakeWorkbookFrom, FakeExcelError, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { applyPlanExcel, createExcelHost, HostError, readSnapshot, UNDO_SHEET, type ExcelRun } from '.';

function demoSnapshot(): WorkbookSnapshot {
  return workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
}

function fake(snapshot = demoSnapshot()): FakeHost {
  const data = fakeWorkbookFrom(snapshot.sheets);
  return createFakeExcel(data);
}

function hostOn(f: FakeHost, changeTracking = true) {
  return createExcelHost({
    run: f.run as unknown as ExcelRun,
    isSetSupported: f.isSetSupported,
    changeTracking,
    fileName: 'demo.xlsx',
    settings: f.document.settings,
  });
}

describe('reading', () => {
  test('the same report as the .xlsx adapter, in 2 syncs (the sheets; their used ranges with the cells of their windows)', async () => {
    const snap = demoSnapshot();
    const f = fake(snap);
    const viaExcel = await hostOn(f).check();
    const viaFile = checkWorkbook(snap, { file: 'demo.xlsx' });
    expect(f.data.syncCount).toBe(2);
    expect(viaExcel.report.indicators.map((i) => [i.sheet, i.name, i.actual, i.target, i.grade])).toEqual(
      viaFile.report.indicators.map((i) => [i.sheet, i.name, i.actual, i.target, i.grade]),
    );
    expect(viaExcel.report.findings.map((x) => x.code)).toEqual(viaFile.report.findings.map((x) => x.code));
  });

  test('the fake refuses unloaded properties, like Excel', async () => {
    // This test reads before the sync and without a load on purpose: the fake must refuse both.
    /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read */
    const f = fake();
    await f.run(async (context) => {
      const r = context.workbook.worksheets.getItem('KPI').getRange('A1');
      r.load('values');
      expect(() => r.values).toThrow(FakeExcelError);
      await context.sync();
      expect(Array.isArray(r.values)).toBe(true);
      expect(() => r.formulas).toThrow(/not available/);
    });
    /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read, office-addins/load-object-before-read */
  });

  test('big sheets are read in row blocks over a few more syncs, with the same result', async () => {
    const snap = demoSnapshot();
    const small = fake(snap);
    const whole = fake(snap);
    let a: WorkbookSnapshot | null = null;
    let b: WorkbookSnapshot | null = null;
    await small.run(async (context) => {
      a = await readSnapshot(context as unknown as Excel.RequestContext, { cellsPerSync: 200 });
    });
    await whole.run(async (context) => {
      b = await readSnapshot(context as unknown as Excel.RequestContext);
    });
    expect(small.data.syncCount).toBeGreaterThan(whole.data.syncCount);
    expect(checkWorkbook(a!).report.indicators).toEqual(checkWorkbook(b!).report.indicators);
  });
});

test('a read refused as too large is split until it fits', async () => {
  const snap = demoSnapshot();
  const f = fake(snap);
  f.data.maxPayload = 4000;
  let read: WorkbookSnapshot | null = null;
  await f.run(async (context) => {
    read = await readSnapshot(context as unknown as Excel.RequestContext);
  });
  expect(f.data.syncCount).toBeGreaterThan(4);
  expect(checkWorkbook(read!).report.indicators).toEqual(checkWorkbook(snap).report.indicators);
});

describe('Grade', () => {
  test('Check + Grade stay within 5 syncs and write grades, the summary and an undo record', async () => {
    const f = fake();
    const host = hostOn(f);
    await host.check();
    const result = await host.grade({ overwrite: false });
    expect(f.data.syncCount).toBeLessThanOrEqual(5);
    expect(result.changes.length).toBeGreaterThan(0);
    for (const c of result.changes) expect(f.data.value(c.sheet, c.cell)).toBe(c.value);
    const summary = f.data.sheet('評価サマリー')!;
    expect(summary.tables.map((t) => t.name)).toEqual(['EvalSheetSummary']);
    expect(summary.charts.map((c) => c.type)).toEqual(['ColumnClustered', 'ColumnClustered']);
    expect(summary.charts[0].series.map((s) => s.chartType)).toEqual(['', 'Line']);
    expect(summary.conditionalFormats.length).toBeGreaterThan(0);
    expect(summary.frozenRows).toBe(4);
    expect(String(f.data.value('評価サマリー', 'D4'))).toBe('指標名');
    expect(f.data.cell('評価サマリー', 'P5')?.formula).toMatch(/^=HYPERLINK\("#'/);
    expect(f.data.sheet(UNDO_SHEET)!.visibility).toBe('VeryHidden');
    // The written grade cells get the scale as a drop-down.
    expect(f.data.cell(result.changes[0].sheet, result.changes[0].cell)?.validation).toEqual(['A', 'B', 'C', 'D']);
  });

  test('without change events, Grade reads the workbook again', async () => {
    const f = fake();
    const host = hostOn(f, false);
    await host.check();
    f.data.sheet('事業実績')!.cells.set('F5', { value: 0 });
    const result = await host.grade({ overwrite: false });
    expect(result.report.indicators.find((i) => i.sheet === '事業実績' && i.cells.actual === 'F5')?.actual).toBe(0);
  });

  test('a name starting with = stays text on the summary sheet', async () => {
    const snap = demoSnapshot();
    const kpi = snap.sheets.find((s) => s.name === 'KPI')!;
    const r = kpi.values.findIndex((row) => row.some((v) => v === '移住相談件数'));
    const c = kpi.values[r].indexOf('移住相談件数');
    kpi.values[r][c] = '=移住相談件数';
    const f = fake(snap);
    await hostOn(f).grade({ overwrite: false });
    const summary = f.data.sheet('評価サマリー')!;
    const cell = [...summary.cells.values()].find((x) => x.value === '=移住相談件数');
    expect(cell).toBeDefined();
    expect(cell!.formula).toBeUndefined();
    expect(cell!.numberFormat).toBe('@');
  });

  test('a cell being edited: a clear message, nothing written', async () => {
    const f = fake();
    const host = hostOn(f);
    await host.check();
    f.data.editing = true;
    await expect(host.grade({ overwrite: false })).rejects.toThrow(/編集中/);
    f.data.editing = false;
    expect(f.data.sheet('評価サマリー')).toBeUndefined();
  });

  test('a protected sheet the plan would write to: refused before anything is queued', async () => {
    const snap = demoSnapshot();
    const f = fake(snap);
    const host = hostOn(f);
    await host.check();
    // Someone protects the project sheet after Check: the change event clears the snapshot.
    f.data.sheet('事業実績')!.protected = true;
    host.invalidate();
    const result = await host.grade({ overwrite: false });
    expect(result.changes.every((c) => c.sheet !== '事業実績')).toBe(true);
    expect(result.report.findings.some((x) => x.code === 'sheet-protected')).toBe(true);
  });

  test('a plan into a protected sheet is refused before anything is queued or synced', async () => {
    const snap = demoSnapshot();
    snap.sheets.find((s) => s.name === 'KPI')!.protected = true;
    const f = fake(snap);
    const plan = { cells: [{ sheet: 'KPI', cell: 'H5', value: 'A', previous: null, kind: 'grade' as const, indicator: 'x' }], sheets: [], scale: [] };
    await expect(
      f.run((context) => applyPlanExcel(context as unknown as Excel.RequestContext, plan, snap, { action: 't', gradeValidation: false })),
    ).rejects.toMatchObject({ kind: 'protected' });
    expect(f.data.syncCount).toBe(0);
    expect(f.data.sheet(UNDO_SHEET)).toBeUndefined();
  });

  test("a protected sheet's unlocked cells are read (one more sync) and written as values; locked ones stay refused", async () => {
    const snap = demoSnapshot();
    const kpi = snap.sheets.find((s) => s.name === 'KPI')!;
    kpi.protected = true;
    const f = createFakeExcel(fakeWorkbookFrom(snap.sheets.map((s) => (s === kpi ? { ...s, unlocked: ['D5', 'E5'] } : s))));
    const reread = () => f.run((context) => readSnapshot(context as unknown as Excel.RequestContext));
    const read = await reread();
    expect(read.sheets.find((s) => s.name === 'KPI')!.unlocked).toEqual(['D5', 'E5']);
    expect(f.data.syncCount).toBe(3);
    expect(read.sheets.filter((s) => s.name !== 'KPI').every((s) => s.unlocked === undefined)).toBe(true);
    const write = (cell: string, value: string) => ({
      cells: [{ sheet: 'KPI', cell, value, previous: null, kind: 'grade' as const, indicator: 'x' }],
      sheets: [],
      scale: [],
    });
    await f.run((context) => applyPlanExcel(context as unknown as Excel.RequestContext, write('D5', 'A'), read, { action: 't', gradeValidation: true }));
    expect(f.data.value('KPI', 'D5')).toBe('A');
    expect(f.data.cell('KPI', 'D5')?.validation).toBeUndefined(); // no format change on a protected sheet
    // A text Excel would read as a number keeps its form through a leading apostrophe.
    const r2 = await reread();
    await f.run((context) => applyPlanExcel(context as unknown as Excel.RequestContext, write('E5', '007'), r2, { action: 't', gradeValidation: false }));
    expect(f.data.value('KPI', 'E5')).toBe('007');
    const r3 = await reread();
    await expect(
      f.run((context) => applyPlanExcel(context as unknown as Excel.RequestContext, write('F6', 'A'), r3, { action: 't', gradeValidation: false })),
    ).rejects.toMatchObject({ kind: 'protected' });
  });

  test('cancelled before writing: nothing changes', async () => {
    const f = fake();
    const ac = new AbortController();
    ac.abort();
    await expect(hostOn(f).grade({ overwrite: false, signal: ac.signal })).rejects.toThrow(HostError);
    expect(f.data.sheet('評価サマリー')).toBeUndefined();
  });

  test('an Excel below ExcelApi 1.13 (Office 2019 has 1.7) is told so, in words naming the versions that work; 1.13 itself is enough', () => {
    for (const minor of [7, 12]) {
      const f = fake();
      f.data.apiMinor = minor;
      expect(() => hostOn(f)).toThrow(
        expect.objectContaining({
          kind: 'unsupported',
          message: expect.stringMatching(/ExcelApi 1\.13 以上.*Office 2021.*needs ExcelApi 1\.13 or later.*Office 2021/),
        }),
      );
      expect(f.data.syncCount).toBe(0);
    }
    const f = fake();
    f.data.apiMinor = 13;
    expect(() => hostOn(f)).not.toThrow();
  });
});

describe('Undo', () => {
  test('takes the run back exactly, even from a new task pane', async () => {
    const snap = demoSnapshot();
    const f = fake(snap);
    const before = new Map([...f.data.sheets].map((s) => [s.name, new Map([...s.cells].map(([k, v]) => [k, JSON.stringify(v)]))]));
    const result = await hostOn(f).grade({ overwrite: true });
    expect(result.changes.some((c) => c.previous !== null)).toBe(true);
    const fresh = hostOn(f); // the pane was closed and opened again
    expect(await fresh.lastRun()).toMatchObject({ action: '評価の記入' });
    const undone = await fresh.undo();
    expect(undone.restored).toBe(result.changes.length);
    expect(undone.deletedSheets).toEqual(['評価サマリー']);
    expect(f.data.sheets.map((s) => s.name)).toEqual([...before.keys()]);
    for (const s of f.data.sheets) {
      const old = before.get(s.name)!;
      for (const [k, v] of old) expect(JSON.stringify(s.cells.get(k))).toBe(v);
      for (const [k, c] of s.cells) if (!old.has(k)) expect(c.value).toBe('');
    }
    await expect(fresh.undo()).rejects.toThrow(/記録がありません/);
  });

  test('a grade someone changed after the run is left as it is', async () => {
    const f = fake();
    const host = hostOn(f);
    const result = await host.grade({ overwrite: false });
    const c = result.changes[0];
    f.data.sheet(c.sheet)!.cells.get(c.cell)!.value = 'C';
    const undone = await host.undo();
    expect(undone.skipped).toEqual([{ sheet: c.sheet, cell: c.cell, now: 'C' }]);
    expect(f.data.value(c.sheet, c.cell)).toBe('C');
  });

  test('a re-run replaces the summary; undo restores the previous one', async () => {
    const f = fake();
    const host = hostOn(f);
    await host.grade({ overwrite: false });
    const first = f.data.value('評価サマリー', 'A1');
    await host.grade({ overwrite: false });
    expect(f.data.sheets.filter((s) => s.name === '評価サマリー')).toHaveLength(1);
    const undone = await host.undo();
    expect(undone.restoredSheets).toEqual(['評価サマリー']);
    expect(f.data.value('評価サマリー', 'A1')).toBe(first);
  });
});

describe('select', () => {
  test('activates the sheet and selects the cell of a finding', async () => {
    const f = fake();
    await hostOn(f).select('KPI', 'E5');
    expect(f.data.selected).toEqual({ sheet: 'KPI', address: 'E5' });
    expect(f.data.activeSheet).toBe('KPI');
  });
});

describe('settings', () => {
  test('written to 評価設定 and read back', async () => {
    const f = fake();
    const host = hostOn(f);
    const s = await host.readSettings();
    s.rules.scale[1].min = 0.75;
    await host.writeSettings(s.rules);
    const back = await hostOn(f).readSettings();
    expect(back.exists).toBe(true);
    expect(back.rules.scale[1].min).toBe(0.75);
    expect(back.findings).toEqual([]);
  });
});
