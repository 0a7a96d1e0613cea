/**
 * A signal during a review ends the review's reader processes before the process exits (no reader
 * outlives its review: it would keep reading a file no one waits for). stopReading kills every pool's
 * readers and delivers nothing more; the spool awaits it before it is removed and the process exits.
 * A review killed outright (SIGKILL: nothing of it runs) leaves no reader either: a reader ends when
 * its review is gone, even one busy in a loop. (Needs lib/: npm run build:lib.)
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { readIsolated, stopReading } from '../src/cli/reviewPool';
import { stoppedLine } from '../src/cli/spool';
import { baseWorkbook } from './support/samples/hostileWorkbooks';
import { tempDir } from './helpers/workbooks';

const LIB = path.resolve(__dirname, '../lib');
const BIN = path.resolve(__dirname, '../bin/evalsheet.js');
const MISBEHAVING = path.resolve(__dirname, 'reviewIsolation/misbehavingWorker.js');

let dir: string;
beforeAll(async () => {
  if (!existsSync(path.join(LIB, 'cli/spool.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-stop-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('stopReading ends every reader of a pool that is reading (even one in a busy loop), delivers nothing more, and the pool never settles', async () => {
  const portsBefore = ports();
  const results: number[] = [];
  let settled = false;
  // Every file hangs: only killing them ends these readers.
  const requests = ['hang-1.xlsx', 'hang-2.xlsx', 'hang-3.xlsx', 'hang-4.xlsx'].map((f) => ({
    path: path.join(dir, f),
    display: f,
    period: null,
    rules: undefined,
  }));
  const opts = { script: MISBEHAVING, jobs: 2, heapMb: 64, retryHeapMb: 0, timeoutMs: 60_000 };
  void readIsolated(requests, opts, (i) => results.push(i)).finally(() => (settled = true));
  await pause(300);
  expect(ports()).toBeGreaterThan(portsBefore); // the readers run
  expect(await stopReading(5000)).toBe(true);
  expect(ports()).toBe(portsBefore);
  await pause(300);
  expect(results).toEqual([]);
  expect(settled).toBe(false);
  // Nothing left to stop: resolves at once.
  expect(await stopReading(5000)).toBe(true);
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('a review killed with SIGKILL leaves no reader behind, even one busy in a loop on a hostile file (its watchdog sees the review gone)', async () => {
  const pids = path.join(dir, 'reader-pids.txt');
  const script = `
    const { readIsolated } = require(${JSON.stringify(path.join(LIB, 'cli/reviewPool.js'))});
    const requests = ['hang-a.xlsx', 'hang-b.xlsx', 'hang-c.xlsx', 'hang-d.xlsx'].map((f) => ({ path: f, display: f, period: null, rules: undefined }));
    void readIsolated(requests, { script: ${JSON.stringify(MISBEHAVING)}, jobs: 2, heapMb: 64, retryHeapMb: 0, timeoutMs: 600000 }, () => {});`;
  const review = spawn(process.execPath, ['-e', script], { stdio: 'ignore', env: { ...process.env, EVALSHEET_TEST_PIDS: pids } });
  let readers: number[] = [];
  try {
    for (let t = 0; t < 300 && readers.length < 2; t++) {
      await pause(100);
      readers = existsSync(pids) ? (await fs.readFile(pids, 'utf8')).split('\n').filter(Boolean).map(Number) : [];
    }
    expect(readers).toHaveLength(2); // both readers are in their busy loop (each holds two files)
    review.kill('SIGKILL');
    for (let t = 0; t < 100 && readers.some(alive); t++) await pause(100);
    expect(readers.filter(alive)).toEqual([]);
  } finally {
    for (const pid of readers.filter(alive)) process.kill(pid, 'SIGKILL');
    review.kill('SIGKILL');
  }
});

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
}

/** Runs `node -e script` and sends `signal` once it writes "ready". */
function runScript(script: string, signal: NodeJS.Signals): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      const first = !err.includes('ready');
      err += d;
      if (first && err.includes('ready')) child.kill(signal);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, err });
    });
  });
}

test.each([
  ['ends', 'setTimeout(() => { process.stderr.write("workers ended\\n"); resolve(); }, 300)'],
  ['fails', 'setTimeout(() => { process.stderr.write("workers ended\\n"); reject(new Error("x")); }, 300)'],
])('on SIGTERM the spool awaits what stops the workers (when it %s) before it is removed and the process exits 143', async (_, body) => {
  const tmp = await fs.mkdtemp(path.join(dir, 'tmp-'));
  const script = `
    const { Spool } = require(${JSON.stringify(path.join(LIB, 'cli/spool.js'))});
    Spool.open(${JSON.stringify(tmp)}, () => new Promise((resolve, reject) => { ${body} }));
    setInterval(() => {}, 1000);
    process.stderr.write("ready\\n");`;
  const r = await runScript(script, 'SIGTERM');
  expect(r.signal).toBeNull();
  expect(r.code).toBe(143);
  expect(r.err).toContain('workers ended');
  expect(r.err).toContain(stoppedLine('SIGTERM'));
  expect(r.err.indexOf('workers ended')).toBeLessThan(r.err.indexOf(stoppedLine('SIGTERM')));
  expect(await fs.readdir(tmp)).toEqual([]);
});

test('SIGTERM while the review is starting its workers (--jobs 4), five times: each run exits 143, removes the spool and writes nothing', async () => {
  const folder = path.join(dir, '提出');
  await fs.mkdir(folder);
  const bytes = await baseWorkbook();
  for (let i = 1; i <= 40; i++) await fs.writeFile(path.join(folder, `部署${i}.xlsx`), bytes);
  const outcomes: string[] = [];
  for (let k = 0; k < 5; k++) {
    const tmp = await fs.mkdtemp(path.join(dir, 'tmp-'));
    const out = path.join(dir, `out-${k}.xlsx`);
    const r = await new Promise<Ran>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'review', folder, '-o', out, '--jobs', '4'], {
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d: string) => {
        const first = !err.includes('件のブックを確認します');
        err += d;
        // The workers are being started: the moment process.exit could abort.
        if (first && err.includes('件のブックを確認します')) child.kill('SIGTERM');
      });
      child.on('close', (code, signal) => resolve({ code, signal, err }));
    });
    outcomes.push(`${r.code}/${r.signal}/${r.err.includes(stoppedLine('SIGTERM'))}/${(await fs.readdir(tmp)).length}/${existsSync(out)}`);
  }
  expect(outcomes).toEqual(Array(5).fill('143/null/true/0/false'));
});
