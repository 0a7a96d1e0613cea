/**
 * Issue 14, "one verdict per file": every hostile case of test/support/samples/hostileWorkbooks.ts given to
 * `check` and, all together, to one `review`: review's 読込不可 exactly when check exits 2, with the
 * same message text (check's line is "file: message", review's reason is the message). Built CLI,
 * each command in its own process with a bounded heap (npm run build:lib first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/workbooks';
import { hostileCases } from '../support/samples/hostileWorkbooks';

const BIN = path.resolve(__dirname, '../../bin/evalsheet.js');

function evalsheet(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=1024', BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: cwd },
  });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

let dir: string;
beforeAll(async () => {
  if (!existsSync(path.resolve(__dirname, '../../lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
  dir = await tempDir('evalsheet-verdict-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('review gives 読込不可 for exactly the hostile files check refuses (exit 2), with the same message', async () => {
  const folder = path.join(dir, 'submissions');
  await fs.mkdir(folder);
  // Files go into the folder under names of their own; special files (a FIFO, /dev/zero) are named on the command line.
  const cases: { name: string; file: string; display: string }[] = [];
  for (const [i, c] of hostileCases.entries()) {
    const sub = path.join(dir, `case-${i}`);
    await fs.mkdir(sub);
    const made = await c.make(sub);
    const st = await fs.stat(made);
    if (st.isFile()) {
      const display = `${String(i).padStart(2, '0')}-${path.basename(made)}`;
      await fs.copyFile(made, path.join(folder, display));
      cases.push({ name: c.name, file: path.join(folder, display), display });
    } else cases.push({ name: c.name, file: made, display: path.basename(made) });
  }
  const special = cases.filter((c) => !c.file.startsWith(folder)).map((c) => c.file);
  const r = evalsheet(['review', folder, ...special, '--json'], dir);
  expect(r.signal).toBeNull();
  const rows = JSON.parse(r.out).rows as { file: string; status: string; reason: string }[];
  for (const c of cases) {
    const check = evalsheet(['check', c.file], dir);
    expect(check.signal).toBeNull();
    const mine = rows.filter((row) => row.file === c.display);
    expect([c.name, mine.length > 0]).toEqual([c.name, true]);
    const unreadable = mine.find((row) => row.status === 'unreadable');
    // The same verdict…
    expect([c.name, check.code === 2]).toEqual([c.name, !!unreadable]);
    // …and the same words: check's message about the file is "file: " + review's reason.
    if (unreadable) expect([c.name, check.err]).toEqual([c.name, expect.stringContaining(`${c.file}: ${unreadable.reason}`)]);
  }
});
