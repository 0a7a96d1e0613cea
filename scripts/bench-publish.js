#!/usr/bin/env node
// npm run bench:publish: builds 300 workbooks (BENCH_FILES) of 4 sheets (BENCH_SHEETS) of 15 indicators
// each with the review bench's submission builder, rates each with `evalsheet rate` (as an evaluation
// office's final workbooks are), then in separate processes (so that each one's peak memory is its own):
//   - `evalsheet publish` of the folder into a new site folder;
//   - merely reading the same files with exceljs, one after the other (the floor, as in bench:review);
// each three times (BENCH_RUNS), alternating, the fastest of each compared.
// Prints publish time, its peak memory, the floor and the ratio, and the site's pages and size.
'use strict';
const { promises: fs } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { READ_ONLY, child } = require('./bench-children');

const FILES = Number(process.env.BENCH_FILES || 300);
const SHEETS = Number(process.env.BENCH_SHEETS || 4);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const LIB = path.resolve(__dirname, '..', 'lib');

// The child processes: each prints one JSON line {seconds, peakMB}.
const PUBLISH = `
const { run } = require(${JSON.stringify(path.join(LIB, 'cli/main'))});
(async () => {
  const t = process.hrtime.bigint();
  const code = await run(['publish', process.argv[1], '-o', process.argv[2]], { out: () => {}, err: () => {} });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (code === 2) throw new Error('publish failed');
  console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
})();`;

async function folderSize(dir) {
  let bytes = 0;
  for (const n of await fs.readdir(dir)) bytes += (await fs.stat(path.join(dir, n))).size;
  return bytes;
}

/** The rated workbooks: each built, then graded by `evalsheet rate` into `rated` (same relative path). */
async function buildRated(root) {
  const { buildWorkbook } = require('../lib/adapters/xlsx/applyPlan');
  const { writeWorkbookFile } = require('../lib/adapters/xlsx/files');
  const { run } = require('../lib/cli/main');
  const { benchSubmission } = require('../build/support/test/support/samples/submissions');
  const rated = path.join(root, 'rated');
  const quiet = { out: () => {}, err: () => {} };
  for (let i = 0; i < FILES; i++) {
    const name = path.join(`部署${(i % 30) + 1}`, `評価${String(i + 1).padStart(3, '0')}.xlsx`);
    const input = path.join(root, 'submitted', name);
    await writeWorkbookFile(buildWorkbook(benchSubmission(i, SHEETS)), input);
    await fs.mkdir(path.dirname(path.join(rated, name)), { recursive: true });
    if ((await run(['rate', input, '-o', path.join(rated, name)], quiet)) === 2) throw new Error(`rate failed: ${name}`);
  }
  return rated;
}

(async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-bench-publish-'));
  try {
    const t0 = Date.now();
    const rated = await buildRated(root);
    console.log(
      `workbooks: ${FILES} files × ${SHEETS} sheets × 15 indicators, rated (built and rated in ${((Date.now() - t0) / 1000).toFixed(0)} s), ${os.cpus().length} cores`,
    );
    const floors = [];
    const publishes = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(child(READ_ONLY, rated));
      await fs.rm(path.join(root, 'site'), { recursive: true, force: true });
      publishes.push(child(PUBLISH, rated, path.join(root, 'site')));
    }
    const fastest = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const floor = fastest(floors);
    const publish = { seconds: fastest(publishes).seconds, peakMB: Math.max(...publishes.map((r) => r.peakMB)) };
    const site = path.join(root, 'site');
    const pages = (await fs.readdir(site)).filter((n) => /^s\d+\.html$/.test(n)).length;
    const print = (await fs.stat(path.join(site, 'print.html'))).size;
    console.log(`runs (publish / read only): ${publishes.map((r, i) => `${r.seconds.toFixed(1)} / ${floors[i].seconds.toFixed(1)} s`).join(', ')}`);
    console.log(`publish: ${publish.seconds.toFixed(1)} s`);
    console.log(`peak memory: ${publish.peakMB.toFixed(0)} MB`); // the highest of the runs
    console.log(`read only: ${floor.seconds.toFixed(1)} s (peak memory ${floor.peakMB.toFixed(0)} MB)`);
    console.log(`ratio: ${(publish.seconds / floor.seconds).toFixed(2)}`);
    console.log(`site: ${pages} pages, ${((await folderSize(site)) / 1024 / 1024).toFixed(1)} MB (print.html ${(print / 1024 / 1024).toFixed(1)} MB)`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
