/**
 * The Excel port against the fake Excel, driven by the use cases of src/app: the same outcomes as
 * the file port on the same workbook, the snapshot kept only with change events, an empty plan that
 * leaves the workbook and the last undo record alone, and the undo record named by the action.
 */
import * as app from '../../app';
import { buildWorkbook } from '../xlsx/applyPlan';
import { filePort } from '../xlsx/filePort';
import { workbookSnapshot } from '../xlsx/readSnapshot';
import type { WorkbookSnapshot } from '../../engine';
import { createFakeExcel, fakeWorkbookFrom, type FakeHost } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { excelPort, SnapshotCache, actionLabel, type ExcelPortEnv } from './excelPort';
import { readUndoRecord } from './undo';
import { undoSigner } from './undoSignature';

const demo = (): WorkbookSnapshot => workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));

function setUp(keep = true) {
  const f: FakeHost = createFakeExcel(fakeWorkbookFrom(demo().sheets));
  const env: ExcelPortEnv = { supports: () => true, signer: undoSigner({ settings: f.document.settings }), cache: new SnapshotCache(keep) };
  const inExcel = <T>(use: (port: ReturnType<typeof excelPort>, context: Excel.RequestContext) => Promise<T>) =>
    f.run((context) => use(excelPort(context as unknown as Excel.RequestContext, env), context as unknown as Excel.RequestContext)) as Promise<T>;
  return { f, env, inExcel };
}

test('rate through the Excel port writes what rate through the file port writes, with an undo record named 評価の記入', async () => {
  const { f, env, inExcel } = setUp();
  const viaExcel = await inExcel((port) => app.rate(port, { file: 'demo.xlsx', overwrite: false }));
  const bytes = new Uint8Array((await buildWorkbook(demoWorkbookSpecs()).xlsx.writeBuffer()) as ArrayBuffer);
  const viaFile = await app.rate(filePort(bytes, 'demo.xlsx'), { file: 'demo.xlsx', overwrite: false });
  expect(viaExcel.plan.cells.map((c) => [c.sheet, c.cell, c.value])).toEqual(viaFile.plan.cells.map((c) => [c.sheet, c.cell, c.value]));
  expect(viaExcel.applied).toEqual({ cells: viaFile.applied!.cells, sheets: viaFile.applied!.sheets, keptEverything: true, lost: [] });
  for (const c of viaExcel.plan.cells) expect(f.data.value(c.sheet, c.cell)).toBe(c.value);
  const record = await inExcel((_, context) => readUndoRecord(context, env.signer));
  expect(record?.record?.action).toBe('評価の記入');
  expect(record?.record?.cells.length).toBe(viaExcel.plan.cells.length);
});

test('the snapshot is kept between runs with change events, dropped when the port writes, never kept without them', async () => {
  const kept = setUp(true);
  await kept.inExcel((port) => app.check(port, { file: 'demo.xlsx' }));
  const syncs = kept.f.data.syncCount;
  await kept.inExcel((port) => app.previewRate(port, { file: 'demo.xlsx', overwrite: false }));
  expect(kept.f.data.syncCount).toBe(syncs); // read from the kept snapshot
  await kept.inExcel((port) => app.rate(port, { file: 'demo.xlsx', overwrite: false }));
  expect(kept.env.cache.snapshot).toBeNull();
  const fresh = setUp(false);
  await fresh.inExcel((port) => app.check(port, { file: 'demo.xlsx' }));
  expect(fresh.env.cache.snapshot).toBeNull();
});

test('an empty plan changes nothing: the last undo record stays', async () => {
  const { f, env, inExcel } = setUp();
  await inExcel((port) => app.rate(port, { file: 'demo.xlsx', overwrite: false }));
  const before = await inExcel((_, context) => readUndoRecord(context, env.signer));
  const syncs = f.data.syncCount;
  const outcome = await inExcel(async (port) => {
    await port.read();
    return port.apply({ cells: [], sheets: [], scale: [] }, { action: { name: 'settings' } });
  });
  expect(outcome).toEqual({ cells: 0, sheets: [], keptEverything: true, lost: [] });
  expect(f.data.syncCount - syncs).toBeLessThanOrEqual(3); // the read only
  expect((await inExcel((_, context) => readUndoRecord(context, env.signer)))?.record?.at).toBe(before?.record?.at);
});

test("each action's undo record name", () => {
  expect(actionLabel({ name: 'import', month: 5 })).toBe('5月の実績の取り込み');
  expect(['rate', 'roll', 'template', 'settings', 'review'].map((name) => actionLabel({ name } as Parameters<typeof actionLabel>[0]))).toEqual([
    '評価の記入',
    '次の期間への更新',
    'ひな形の作成',
    '評価設定の変更',
    '提出ブック一括チェック',
  ]);
});
