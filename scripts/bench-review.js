#!/usr/bin/env node
// npm run bench:review: builds 300 submissions × 10 sheets (15 indicators each) in a temporary
// folder, then in separate processes (so that each one's peak memory is its own):
//   - `evalsheet review` of the folder, writing the review workbook;
//   - merely reading the same files with exceljs, one after the other (the floor);
//   - with BENCH_BASE_LIB=<another build's lib/> (e.g. a worktree of an earlier commit), the same
//     review by that build, so that before and after are printed from the same run;
// each three times (BENCH_RUNS), alternating, the fastest of each compared.
// Prints review time, its peak memory, the floor and the ratio; then the review's peak memory for
// a third of the files, to show memory does not grow with the number of files. The review reads in
// a reader process of its own (one with the default --jobs 1): its peak memory is that process's own
// plus its reader's (each reader reports its own); a build whose readers were threads has them in its own. The review reads in
// a reader process of its own (one with the default --jobs 1): its peak memory is that process's own
// plus the reader's (which each reader reports); a build whose readers were threads reports one figure.
'use strict';
const { promises: fs } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { READ_ONLY, child } = require('./bench-children');

const FILES = Number(process.env.BENCH_FILES || 300);
const SHEETS = Number(process.env.BENCH_SHEETS || 10);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const LIB = path.resolve(__dirname, '..', 'lib');
const BASE_LIB = process.env.BENCH_BASE_LIB ? path.resolve(process.env.BENCH_BASE_LIB) : null;

// The child processes: each prints one JSON line {seconds, peakMB}.
const reviewBy = (lib) => `
const { run } = require(${JSON.stringify(path.join(lib, 'cli/main'))});
(async () => {
  const t = process.hrtime.bigint();
  const code = await run(['review', process.argv[1], '-o', process.argv[2]], { out: () => {}, err: () => {} });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (code === 2) throw new Error('review failed');
  const readersPeak = require(${JSON.stringify(path.join(lib, 'cli/reviewPool'))}).readersPeakMb;
  const own = process.resourceUsage().maxRSS / 1024;
  const readerMB = readersPeak ? readersPeak() : 0;
  console.log(JSON.stringify({ seconds, peakMB: own + readerMB, ownMB: own, readerMB }));
})();`;
const REVIEW = reviewBy(LIB);

(async () => {
  const { buildWorkbook } = require('../lib/adapters/xlsx/applyPlan');
  const { writeWorkbookFile } = require('../lib/adapters/xlsx/files');
  const { benchSubmission } = require('../build/support/test/support/samples/submissions');
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-bench-review-'));
  try {
    const all = path.join(root, 'all');
    const third = path.join(root, 'third');
    const t0 = Date.now();
    for (let i = 0; i < FILES; i++) {
      const file = path.join(all, `部署${(i % 30) + 1}`, `提出${String(i + 1).padStart(3, '0')}.xlsx`);
      await writeWorkbookFile(buildWorkbook(benchSubmission(i, SHEETS)), file);
      if (i < Math.ceil(FILES / 3)) {
        await fs.mkdir(path.dirname(file.replace(all, third)), { recursive: true });
        await fs.copyFile(file, file.replace(all, third));
      }
    }
    console.log(
      `submissions: ${FILES} files × ${SHEETS} sheets × 15 indicators (built in ${((Date.now() - t0) / 1000).toFixed(0)} s), ${os.cpus().length} cores`,
    );
    // Each measured RUNS times, alternating, the fastest of each kept: one slow run of either
    // (another process on this shared machine) would otherwise decide the ratio. Every run is printed.
    const floors = [];
    const reviews = [];
    const bases = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(child(READ_ONLY, all));
      await fs.rm(path.join(root, 'review.xlsx'), { force: true });
      reviews.push(child(REVIEW, all, path.join(root, 'review.xlsx')));
      if (!BASE_LIB) continue;
      await fs.rm(path.join(root, 'review-base.xlsx'), { force: true });
      bases.push(child(reviewBy(BASE_LIB), all, path.join(root, 'review-base.xlsx')));
    }
    const fastest = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const floor = fastest(floors);
    const highest = reviews.reduce((a, b) => (b.peakMB > a.peakMB ? b : a));
    const review = { seconds: fastest(reviews).seconds, peakMB: highest.peakMB };
    const small = child(REVIEW, third, path.join(root, 'review-third.xlsx'));
    console.log(`runs (review / read only): ${reviews.map((r, i) => `${r.seconds.toFixed(1)} / ${floors[i].seconds.toFixed(1)} s`).join(', ')}`);
    const size = (await fs.stat(path.join(root, 'review.xlsx'))).size;
    console.log(`review: ${review.seconds.toFixed(1)} s`);
    // The highest of the runs: the review process and its reader process together.
    console.log(`peak memory: ${review.peakMB.toFixed(0)} MB (review ${highest.ownMB.toFixed(0)} MB + reader ${highest.readerMB.toFixed(0)} MB)`);
    console.log(`read only: ${floor.seconds.toFixed(1)} s`);
    console.log(`ratio: ${(review.seconds / floor.seconds).toFixed(2)}`);
    if (BASE_LIB) {
      const base = fastest(bases);
      console.log(
        `before (${BASE_LIB}): runs ${bases.map((r) => r.seconds.toFixed(1)).join(', ')} s; review ${base.seconds.toFixed(1)} s, ratio ${(base.seconds / floor.seconds).toFixed(2)}, peak memory ${Math.max(...bases.map((r) => r.peakMB)).toFixed(0)} MB`,
      );
      console.log(`after / before: ${(review.seconds / base.seconds).toFixed(2)}`);
    }
    console.log(`peak memory, ${Math.ceil(FILES / 3)} files: ${small.peakMB.toFixed(0)} MB (read only, ${FILES} files: ${floor.peakMB.toFixed(0)} MB)`);
    console.log(`review workbook: ${(size / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
