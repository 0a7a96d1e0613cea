/**
 * Every hostile class against every command (issue 14), each run as its own process with a bounded
 * heap: a refused file gives exit 2 and a Japanese message naming the file, within the time, with
 * nothing written; a file that can be read is read; in a review, a hostile file costs only its own row.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { sheet, tempDir, writeXlsx } from '../helpers/workbooks';
import { baseWorkbook, hostileCases, type HostileCase } from '../support/samples/hostileWorkbooks';

const BIN = path.resolve(__dirname, '../../bin/evalsheet.js');
const LIMIT_MS = 60_000;

function evalsheet(args: string[], cwd: string) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    env: { ...process.env, TMPDIR: cwd },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - started, signal: r.signal };
}

/** No stack trace and no raw English error text in what a person reads. */
function noRawErrors(text: string) {
  expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(text).not.toMatch(/\b(TypeError|RangeError|Error):|Cannot read properties|is not a function|ENOENT|EISDIR/);
}

let dir: string;
let good: string;
let monthly: string;
beforeAll(async () => {
  if (!existsSync(path.resolve(__dirname, '../../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-hostile-');
  good = path.join(dir, 'good.xlsx');
  await fs.writeFile(good, await baseWorkbook());
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  monthly = await writeXlsx(dir, 'monthly.xlsx', [
    sheet('月次実績', [
      ['番号', '指標名', '単位', '区分', '年間目標', ...months, '累計'],
      ['K-01', '窓口相談件数', '件', '実績', 1200, 110],
      ['K-02', '講座の参加者数', '人', '実績', 600, 30],
    ]),
  ]);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const made = new Map<string, string>();
async function fileOf(c: HostileCase): Promise<string> {
  if (!made.has(c.name)) {
    const sub = path.join(dir, String(made.size));
    await fs.mkdir(sub);
    made.set(c.name, await c.make(sub));
  }
  return made.get(c.name)!;
}

const commands: [string, (file: string, out: string) => string[]][] = [
  ['check', (file) => ['check', file]],
  ['rate', (file, out) => ['rate', file, '-o', out]],
  ['roll', (file, out) => ['roll', file, '-o', out]],
  ['import (as the workbook)', (file, out) => ['import', file, '--actuals', monthly, '--month', '2024-05', '-o', out]],
  ['import (as the actuals)', (file, out) => ['import', monthly, '--actuals', file, '--month', '2024-05', '-o', out]],
];

describe.each(hostileCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test.each(commands)('%s', async (command, argsOf) => {
    const file = await fileOf(c);
    const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
    const r = evalsheet(argsOf(file, out), dir);
    expect(r.signal).toBeNull();
    expect(r.ms).toBeLessThan(LIMIT_MS);
    noRawErrors(r.err + r.out);
    if (c.expect === 'refuse') {
      expect(r.code).toBe(2);
      expect(r.err).toContain(path.basename(file));
      if (c.says) expect(r.err).toMatch(c.says);
      expect(existsSync(out)).toBe(false);
    } else if (command === 'check') {
      expect([0, 1]).toContain(r.code);
    }
  });
});

test('a review of good files and every hostile one: each hostile file is its own 読込不可 row, the good ones are read, the spool is gone', async () => {
  const folder = path.join(dir, 'review');
  await fs.mkdir(folder);
  await fs.copyFile(good, path.join(folder, 'good-1.xlsx'));
  await fs.copyFile(good, path.join(folder, 'good-2.xlsx'));
  for (const c of hostileCases) {
    if (c.name.includes('FIFO') || c.name.includes('/dev/')) continue;
    const file = await fileOf(c);
    await fs.copyFile(file, path.join(folder, path.basename(file)));
  }
  const out = path.join(dir, 'review.xlsx');
  const before = new Set(await fs.readdir(dir));
  const r = evalsheet(['review', folder, '-o', out, '--json'], dir);
  expect(r.signal).toBeNull();
  noRawErrors(r.err);
  expect(r.code).toBe(1);
  const data = JSON.parse(r.out);
  const status = new Map<string, string>();
  for (const row of data.rows as { file: string; status: string }[])
    if (status.get(path.basename(row.file)) !== 'unreadable') status.set(path.basename(row.file), row.status);
  expect(status.get('good-1.xlsx')).not.toBe('unreadable');
  expect(status.get('good-2.xlsx')).not.toBe('unreadable');
  for (const c of hostileCases) {
    if (c.expect !== 'refuse' || c.name.includes('FIFO') || c.name.includes('/dev/')) continue;
    expect([c.name, status.get(path.basename(made.get(c.name)!))]).toEqual([c.name, 'unreadable']);
  }
  expect(existsSync(out)).toBe(true);
  // Nothing of the review's own is left in TMPDIR (the spool).
  const left = (await fs.readdir(dir)).filter((n) => !before.has(n) && n !== 'review.xlsx');
  expect(left).toEqual([]);
});
