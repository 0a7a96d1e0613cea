#!/usr/bin/env node
// npm run bench: times `evalsheet rate` on a 100-sheet × 15-indicator workbook against the floor
// of reading and writing the same file with exceljs alone, in the same run. Prints both and the ratio.
'use strict';
const { promises: fs } = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { buildWorkbook } = require('../lib/adapters/xlsx/applyPlan');
const { writeWorkbookFile } = require('../lib/adapters/xlsx/files');
const { benchSheets, BENCH_PER_SHEET: PER_SHEET } = require('../build/support/test/support/samples/benchWorkbook');
const { run } = require('../lib/cli/main');

const SHEETS = Number(process.env.BENCH_SHEETS || 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(fn) {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

(async () => {
  const dir = path.resolve(__dirname, '..', '.bench');
  await fs.mkdir(dir, { recursive: true });
  const input = path.join(dir, `bench-${SHEETS}x${PER_SHEET}.xlsx`);
  const specs = benchSheets(SHEETS);
  await writeWorkbookFile(buildWorkbook(specs), input);
  const size = (await fs.stat(input)).size;
  console.log(`workbook: ${SHEETS} sheets × ${PER_SHEET} indicators (${(size / 1024).toFixed(0)} KB), ${ROUNDS} rounds, median`);

  const floorOut = path.join(dir, 'floor.xlsx');
  const rateOut = path.join(dir, 'rated.xlsx');
  const quiet = { out: () => {}, err: () => {} };
  const floor = [];
  const rate = [];
  // One uncounted round each, so that neither side is timed while the JIT warms up.
  for (let i = -1; i < ROUNDS; i++) {
    const f0 = await time(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(input);
      await wb.xlsx.writeFile(floorOut);
    });
    const r0 = await time(async () => {
      const code = await run(['rate', input, '-o', rateOut, '--force'], quiet);
      if (code === 2) throw new Error('rate failed');
    });
    if (i < 0) continue;
    floor.push(f0);
    rate.push(r0);
  }
  const f = median(floor);
  const r = median(rate);
  console.log(`exceljs read+write: ${f.toFixed(2)} s`);
  console.log(`evalsheet rate: ${r.toFixed(2)} s`);
  console.log(`ratio: ${(r / f).toFixed(2)}`);
  console.log(`peak memory (rss): ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
