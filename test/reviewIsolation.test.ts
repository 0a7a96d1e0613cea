/**
 * Issue 14: a review reads each submitted file in a reader process, never in its own, so that one
 * file can only cost its own row. A reader that runs out of its heap, dies (by an exit or natively,
 * by a signal), or hangs past the per-file time limit makes that file 読込不可 with the reason; the
 * other files are all read, the run ends normally and no reader is left. (Needs lib/: npm run build:lib.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { listSubmissions, reviewFiles } from '../src/cli/review';
import { crashed, OUT_OF_MEMORY, timedOut } from '../src/cli/reviewPool';
import { reviewData } from '../src/engine';
import { baseWorkbook } from './support/samples/hostileWorkbooks';
import { tempDir } from './helpers/workbooks';

const MISBEHAVING = path.resolve(__dirname, 'reviewIsolation/misbehavingWorker.js');
const SLOW_START = path.resolve(__dirname, 'reviewIsolation/slowStartWorker.js');
const LIB = path.resolve(__dirname, '../lib');

let dir: string;
let folder: string;
const GOOD = ['good-1.xlsx', 'good-2.xlsx', 'good-3.xlsx', 'good-4.xlsx', 'good-5.xlsx'];

beforeAll(async () => {
  if (!existsSync(path.join(LIB, 'cli/reviewWorker.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-isolation-');
  folder = path.join(dir, '提出');
  await fs.mkdir(folder);
  const bytes = await baseWorkbook();
  // The misbehaving files sorted among the good ones, so that good files come after each of them.
  for (const name of [...GOOD, 'crash.xlsx', 'hang.xlsx', 'killed.xlsx', 'oom.xlsx']) await fs.writeFile(path.join(folder, name), bytes);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;

function statusByFile(rows: { file: string; status: string; reason?: string }[]): Map<string, { status: string; reason?: string }> {
  const m = new Map<string, { status: string; reason?: string }>();
  for (const r of rows) if (!m.has(r.file) || r.status === 'unreadable') m.set(r.file, { status: r.status, reason: r.reason });
  return m;
}

test('a reader that hangs, runs out of its heap, exits or is killed natively costs only its own file (読込不可 with the reason); every other file is read; no reader is left', async () => {
  const files = await listSubmissions([folder], null);
  const portsBefore = ports();
  const lines: string[] = [];
  const started = Date.now();
  const review = reviewData(
    await reviewFiles(files, { jobs: 2, workerScript: MISBEHAVING, workerHeapMb: 32, retryHeapMb: 48, fileTimeoutMs: 3000, onProgress: (l) => lines.push(l) }),
  );
  expect(Date.now() - started).toBeLessThan(30_000);
  const status = statusByFile(review.rows);
  expect(status.get('hang.xlsx')).toEqual({ status: 'unreadable', reason: timedOut(3000) });
  expect(timedOut(3000)).toContain('時間がかかりすぎたため中止しました');
  expect(status.get('oom.xlsx')).toEqual({ status: 'unreadable', reason: OUT_OF_MEMORY });
  expect(OUT_OF_MEMORY).toContain('読み取り中にメモリの上限を超えました');
  expect(status.get('crash.xlsx')).toEqual({ status: 'unreadable', reason: crashed(7) });
  // Ended by a signal (as Node's native aborts end a process): no exit code to give.
  expect(status.get('killed.xlsx')).toEqual({ status: 'unreadable', reason: crashed() });
  for (const g of GOOD) expect([g, status.get(g)?.status]).not.toEqual([g, 'unreadable']);
  for (const g of GOOD) expect(review.indicators.some((i) => i.file === g)).toBe(true);
  // Each file once in the progress.
  expect(lines).toHaveLength(files.length);
  expect(new Set(lines.map((l) => l.replace(/^\[\d+\/\d+\] (\S+) .*$/, '$1'))).size).toBe(files.length);
  expect(ports()).toBeLessThanOrEqual(portsBefore);
});

test('the reader out of its bounded heap: the file is 読込不可, never read in this process instead (a file too big for the reader used to be read here)', async () => {
  const files = await listSubmissions([folder], null);
  const lines: string[] = [];
  // Both heaps far too small for any file: had this thread read them, each would have its report.
  const review = reviewData(await reviewFiles(files, { jobs: 2, workerHeapMb: 1, retryHeapMb: 2, onProgress: (l) => lines.push(l) }));
  const status = statusByFile(review.rows);
  expect(files.length).toBeGreaterThan(3);
  for (const f of files) expect([f.display, status.get(f.display)]).toEqual([f.display, { status: 'unreadable', reason: OUT_OF_MEMORY }]);
  expect(lines).toHaveLength(files.length);
});

test('in a process of its own: the hung, starved, crashed and killed files are 読込不可, the rest read, and the process ends by itself (no reader left)', () => {
  // In its own process: were a reader left running, the process would not end and spawnSync would time out.
  const script = `
    const { listSubmissions, reviewFiles } = require(${JSON.stringify(path.join(LIB, 'cli/review.js'))});
    const { reviewData } = require(${JSON.stringify(path.join(LIB, 'engine'))});
    (async () => {
      const files = await listSubmissions([process.argv[1]], null);
      const review = reviewData(await reviewFiles(files, { jobs: 1, workerScript: process.argv[2], workerHeapMb: 32, retryHeapMb: 48, fileTimeoutMs: 2000 }));
      console.log(JSON.stringify(review.rows.map((r) => [r.file, r.status, r.reason])));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script, folder, MISBEHAVING], { encoding: 'utf8', timeout: 40_000 });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(0);
  const rows = JSON.parse(r.stdout) as [string, string, string][];
  expect(
    rows
      .filter((x) => x[1] === 'unreadable')
      .map((x) => x[0])
      .sort(),
  ).toEqual(['crash.xlsx', 'hang.xlsx', 'killed.xlsx', 'oom.xlsx']);
  expect(new Set(rows.map((x) => x[0]))).toEqual(new Set([...GOOD, 'crash.xlsx', 'hang.xlsx', 'killed.xlsx', 'oom.xlsx']));
});

test('the real reader past the time limit: each file it was reading is 読込不可 (timed out), the files it held but had not started go to the next reader, each file once', async () => {
  const files = await listSubmissions([folder], null);
  const lines: string[] = [];
  // 1 ms: no file is read that fast, so every file is stopped by the limit.
  const review = reviewData(await reviewFiles(files, { jobs: 2, fileTimeoutMs: 1, onProgress: (l) => lines.push(l) }));
  const status = statusByFile(review.rows);
  for (const f of files) expect([f.display, status.get(f.display)]).toEqual([f.display, { status: 'unreadable', reason: timedOut(1) }]);
  expect(lines).toHaveLength(files.length);
});

test('a reader slow to start (a busy machine loading the reader) costs no file its time limit: the limit counts from when the reader is ready', async () => {
  const files = (await listSubmissions([folder], null)).filter((f) => GOOD.includes(f.display));
  // The reader spends 3 s loading; each file may take 2 s once it has loaded. Timed from the
  // worker's start, the first file would be 読込不可 (時間がかかりすぎた).
  const review = reviewData(await reviewFiles(files, { jobs: 1, workerScript: SLOW_START, workerHeapMb: 64, retryHeapMb: 0, fileTimeoutMs: 2000 }));
  const status = statusByFile(review.rows);
  for (const g of GOOD) expect([g, status.get(g)?.status]).not.toEqual([g, 'unreadable']);
  for (const g of GOOD) expect(review.indicators.some((i) => i.file === g)).toBe(true);
});
