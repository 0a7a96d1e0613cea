/**
 * Issue 14: the review's spool (the findings and indicators of every file, in TMPDIR) is removed
 * on SIGINT, SIGTERM and SIGHUP (exit 130/143/129 with a Japanese line saying nothing was
 * written), on an error, and at the end; a full TMPDIR is a clear exit 2 naming it, without a stack
 * trace. The built command runs in its own process (npm run build:lib first).
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stoppedLine } from '../src/cli/spool';
import { baseWorkbook } from './support/samples/hostileWorkbooks';
import { tempDir } from './helpers/workbooks';

const BIN = path.resolve(__dirname, '../bin/evalsheet.js');
const FULL_TMPDIR = path.resolve(__dirname, 'reviewIsolation/fullTmpdir.js');

let dir: string;
let folder: string;
beforeAll(async () => {
  if (!existsSync(path.resolve(__dirname, '../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-spool-');
  folder = path.join(dir, '提出');
  await fs.mkdir(folder);
  // Enough files that the review is still reading when the signal comes.
  const bytes = await baseWorkbook();
  for (let i = 1; i <= 300; i++) await fs.writeFile(path.join(folder, `部署${String(i).padStart(3, '0')}.xlsx`), bytes);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  err: string;
}

/** Runs `evalsheet review folder -o out` with TMPDIR = tmp; `signal` is sent once the first progress line shows. */
function review(tmp: string, out: string, opts: { signal?: NodeJS.Signals; nodeArgs?: string[] } = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, 'review', folder, '-o', out, '--jobs', '2'], {
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      err += d;
      if (opts.signal && !sent && /\[1\/\d+\]/.test(err)) {
        sent = true;
        child.kill(opts.signal);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, err });
    });
  });
}

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('%s during a review removes the spool, writes nothing, says so and exits %i', async (signal, code) => {
  const tmp = await fs.mkdtemp(path.join(dir, 'tmp-'));
  const out = path.join(dir, `out-${signal}.xlsx`);
  const r = await review(tmp, out, { signal });
  // With what the process printed, so that an abort shows why.
  expect({ code: r.code, signal: r.signal, err: r.code === code ? '' : r.err.slice(-3000) }).toEqual({ code, signal: null, err: '' });
  expect(128 + os.constants.signals[signal]).toBe(code);
  expect(r.err).toContain(stoppedLine(signal));
  expect(r.err).not.toContain(`[300/300]`); // stopped while reading
  expect(await fs.readdir(tmp)).toEqual([]);
  expect(existsSync(out)).toBe(false);
  expect((await fs.readdir(dir)).filter((n) => n.startsWith('out-') || n.includes('.tmp'))).toEqual([]);
});

test('a full TMPDIR (ENOSPC on the spool) is exit 2 naming TMPDIR and saying what to do, without a stack trace; the spool is removed and nothing is written', async () => {
  const tmp = await fs.mkdtemp(path.join(dir, 'tmp-'));
  const out = path.join(dir, 'out-full.xlsx');
  // Every write to the spool goes to /dev/full: the kernel's own ENOSPC.
  const r = await review(tmp, out, { nodeArgs: ['--require', FULL_TMPDIR] });
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.err).toContain(`一時フォルダー（${tmp}）に空きがないため`);
  expect(r.err).toContain('環境変数 TMPDIR に空きのあるフォルダーを指定して');
  expect(r.err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(r.err).not.toMatch(/ENOSPC|Error:/);
  expect(await fs.readdir(tmp)).toEqual([]);
  expect(existsSync(out)).toBe(false);
});

test('the spool is a 0600 file created exclusively in a 0700 folder of its own, and removed at the end of a review', async () => {
  const { Spool } = await import('../src/cli/spool');
  const tmp = await fs.mkdtemp(path.join(dir, 'tmp-'));
  const spool = Spool.open(tmp);
  try {
    const [sub] = await fs.readdir(tmp);
    expect((await fs.stat(path.join(tmp, sub))).mode & 0o777).toBe(0o700);
    const [file] = await fs.readdir(path.join(tmp, sub));
    expect((await fs.stat(path.join(tmp, sub, file))).mode & 0o777).toBe(0o600);
    expect(spool.get(spool.put([{ a: 1 }]))).toEqual([{ a: 1 }]);
  } finally {
    spool.close();
  }
  expect(await fs.readdir(tmp)).toEqual([]);
  // A finished review leaves nothing in TMPDIR either.
  const out = path.join(dir, 'out-done.xlsx');
  const r = await review(tmp, out);
  expect([0, 1]).toContain(r.code);
  expect(existsSync(out)).toBe(true);
  expect(await fs.readdir(tmp)).toEqual([]);
});
