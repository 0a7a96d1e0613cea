/**
 * Issue 14: the expected list (`review --expect`) is someone else's file too. It was read whole
 * with fs.readFile in the review's own thread: /dev/zero grew until memory ran out, a FIFO waited
 * forever. Now only a regular file up to 10 MB is read; anything else is exit 2 with a message
 * naming it, at once. The built command in its own process, with a time limit (npm run build:lib).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { baseWorkbook } from './support/samples/hostileWorkbooks';
import { tempDir } from './helpers/workbooks';

const BIN = path.resolve(__dirname, '../bin/evalsheet.js');
let dir: string;
let folder: string;
beforeAll(async () => {
  if (!existsSync(path.resolve(__dirname, '../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-expect-');
  folder = path.join(dir, '提出');
  await fs.mkdir(folder);
  await fs.writeFile(path.join(folder, 'a.xlsx'), await baseWorkbook());
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function review(expect: string) {
  const out = path.join(dir, 'out.xlsx');
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', BIN, 'review', folder, '-o', out, '--expect', expect], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, TMPDIR: dir },
  });
  return { code: r.status, signal: r.signal, err: r.stderr, written: existsSync(out) };
}

const cases: [string, () => Promise<string>, string][] = [
  ['/dev/zero', async () => '/dev/zero', '通常のファイルではありません'],
  [
    'a FIFO',
    async () => {
      const fifo = path.join(dir, 'expect.csv');
      execFileSync('mkfifo', [fifo]);
      return fifo;
    },
    '通常のファイルではありません',
  ],
  [
    'a CSV over 10 MB',
    async () => {
      const big = path.join(dir, 'big.csv');
      await fs.writeFile(big, Buffer.alloc(11 << 20, 0x41));
      return big;
    },
    '大きすぎます',
  ],
];

test.each(cases)('--expect %s is refused at once (exit 2, named, nothing written)', async (_name, make, says) => {
  const file = await make();
  const r = review(file);
  expect(r.signal).toBeNull();
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${file}: 提出予定一覧（--expect）が`);
  expect(r.err).toContain(says);
  expect(r.written).toBe(false);
});
