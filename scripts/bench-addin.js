#!/usr/bin/env node
// npm run bench:addin: Check then Grade through the Office.js adapter on a 100-sheet ×
// 15-indicator workbook held by the fake Excel. Prints the context.sync calls of the whole run
// and the largest request or response (Excel on the web refuses more than 5 MB).
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
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
