#!/usr/bin/env node
// npm run bench:addin: Check then Grade through the Office.js adapter on a 100-sheet ×
// 15-indicator workbook held by the fake Excel. Prints the context.sync calls of the whole run
// and the largest request or response (Excel on the web refuses more than 5 MB); then the same with
// ExcelApi 1.20 (Excel's own undo): the entries on Excel's undo stack and the calls that emptied it.
'use strict';
const { buildWorkbook } = require('../lib/adapters/xlsx/applyPlan');
const { workbookSnapshot } = require('../lib/adapters/xlsx/readSnapshot');
const { benchSheets, BENCH_PER_SHEET: PER_SHEET } = require('../build/support/test/support/samples/benchWorkbook');
const { createFakeExcel, fakeWorkbookFrom } = require('../build/support/test/support/fakeExcel');
const { createExcelHost } = require('../lib/adapters/officejs/host');

const SHEETS = Number(process.env.BENCH_SHEETS || 100);

(async () => {
  const specs = benchSheets(SHEETS);
  const snapshot = workbookSnapshot(buildWorkbook(specs));
  const fake = createFakeExcel(fakeWorkbookFrom(snapshot.sheets));
  const host = createExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported, changeTracking: true, fileName: 'bench.xlsx' });
  const t0 = process.hrtime.bigint();
  const checked = await host.check();
  const graded = await host.grade({ overwrite: false });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  console.log(
    `workbook: ${SHEETS} sheets × ${PER_SHEET} indicators (${cells} cells), ${checked.report.indicators.length} indicators found, ${graded.changes.length} cells written`,
  );
  console.log(`syncs: ${fake.data.syncCount}`);
  console.log(`largest request: ${fake.data.largestPayload} bytes`);
  console.log(`per sync: ${fake.data.syncs.map((s) => `${s.requestBytes}/${s.responseBytes}`).join(', ')} (request/response bytes)`);
  console.log(`time in the fake: ${secs.toFixed(2)} s`);

  // ExcelApi 1.20: Grade is one merged run (one Ctrl+Z); Grade again remakes 評価サマリー in place.
  const fake20 = createFakeExcel(fakeWorkbookFrom(snapshot.sheets));
  fake20.data.apiMinor = 20;
  const host20 = createExcelHost({ run: fake20.run, isSetSupported: fake20.isSetSupported, changeTracking: true, fileName: 'bench.xlsx' });
  await host20.check();
  await host20.grade({ overwrite: false });
  const first = fake20.data.syncCount;
  await host20.grade({ overwrite: true });
  const undo = fake20.data.undoStack;
  console.log(
    `ExcelApi 1.20: Check + Grade ${first} syncs, Grade again ${fake20.data.syncCount - first} syncs; Excel's undo stack: ${undo.entries.length} entries (one per Grade), ${undo.clears.length} calls emptied it`,
  );
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
