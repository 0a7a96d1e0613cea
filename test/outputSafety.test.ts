/**
 * Issue 13: no command replaces a file it was not told to replace. An existing output is refused
 * (exit 2, the file untouched) unless --force; the input itself only with --in-place, after a
 * backup beside it; no folder is made silently; a file that appears while writing is not replaced;
 * write failures name the output and say what to do.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers/cli';
import { sheet, tempDir, writeXlsx } from './helpers/workbooks';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeBytesFile, writeError, writeWorkbookFile } from '../src/adapters/xlsx/files';
import { backupBeside } from '../src/cli/output';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';

let dir: string;
let demo: string;
let other: string;
let otherSha: string;

beforeAll(async () => {
  dir = await tempDir('evalsheet-output-');
  demo = path.join(dir, 'demo.xlsx');
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), demo);
  other = await writeXlsx(dir, 'unrelated.xlsx', [sheet('家計簿', [['4月', 1200]])]);
  otherSha = await sha(other);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

const tmpFiles = async (folder = dir) => (await fs.readdir(folder)).filter((n) => n.includes('.tmp-'));

describe('an existing output is refused unless --force', () => {
  test.each([
    ['rate', () => ['rate', demo, '-o', other]],
    ['review', () => ['review', demo, '-o', other]],
    ['init -o', () => ['init', demo, '-o', other]],
    ['template', () => ['template', '-o', other]],
    ['roll', () => ['roll', demo, '-o', other]],
  ])('%s -o an unrelated workbook: exit 2, the workbook unchanged, a message naming it', async (_, args) => {
    const r = await cli(...args());
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${other}: すでにあります`);
    expect(r.err).toContain('--force');
    expect(await sha(other)).toBe(otherSha);
  });

  test('rate --force replaces it and says so', async () => {
    const victim = path.join(dir, 'victim.xlsx');
    await fs.copyFile(other, victim);
    const r = await cli('rate', demo, '-o', victim, '--force');
    expect(r.code).toBe(0);
    expect(r.out).toContain('既存のファイルを置き換えました');
    expect(await sha(victim)).not.toBe(otherSha);
    expect(await tmpFiles()).toEqual([]);
  });

  test('review -o a submission inside the reviewed folder with --force: refused, the submission kept (an earlier result may be replaced)', async () => {
    const folder = path.join(dir, 'submissions');
    await fs.mkdir(folder);
    const submission = path.join(folder, 'demo.xlsx');
    await fs.copyFile(demo, submission);
    await fs.copyFile(other, path.join(folder, 'unrelated.xlsx'));
    const before = await sha(submission);
    const r = await cli('review', folder, '-o', submission, '--force');
    expect(r.code).toBe(2);
    expect(r.err).toContain('提出ブックの一つです');
    expect(await sha(submission)).toBe(before);
    // An earlier review result in the folder is not a submission: --force replaces it.
    const result = path.join(folder, '一括チェック.xlsx');
    expect((await cli('review', folder, '-o', result)).code).not.toBe(2);
    const again = await cli('review', folder, '-o', result, '--force');
    expect(again.code).not.toBe(2);
    expect(again.err).not.toContain('提出ブックの一つです');
    await fs.rm(folder, { recursive: true });
  });

  test('a file that appears while writing is not replaced (checked when the file is put in place)', async () => {
    const late = path.join(dir, 'late.xlsx');
    await fs.writeFile(late, 'made meanwhile');
    await expect(writeBytesFile(new Uint8Array([1, 2, 3]), late)).rejects.toThrow(/late\.xlsx: 書き込みの途中で同じ名前のファイルが作られた/);
    expect(await fs.readFile(late, 'utf8')).toBe('made meanwhile');
    expect(await tmpFiles()).toEqual([]);
  });
});

describe('the input itself only with --in-place, after a backup', () => {
  test('rate -o the input without --in-place: exit 2, the input unchanged', async () => {
    const before = await sha(demo);
    const r = await cli('rate', demo, '-o', demo);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--in-place');
    expect(await sha(demo)).toBe(before);
  });

  test('init without -o no longer writes over the input silently', async () => {
    const f = await writeXlsx(dir, 'init-silent.xlsx', [
      sheet('KPI', [
        ['指標名', 'R5目標', 'R5実績'],
        ['件数', 10, 9],
      ]),
    ]);
    const before = await sha(f);
    const r = await cli('init', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--in-place');
    expect(await sha(f)).toBe(before);
  });

  test('init --in-place keeps the original beside it and says where', async () => {
    const f = await writeXlsx(dir, 'init-inplace.xlsx', [
      sheet('KPI', [
        ['指標名', 'R5目標', 'R5実績'],
        ['件数', 10, 9],
      ]),
    ]);
    const before = await fs.readFile(f);
    const r = await cli('init', f, '--in-place');
    expect(r.code).toBe(0);
    const backups = (await fs.readdir(dir)).filter((n) => /^init-inplace\.bak-\d{8}-\d{6}(-\d+)?\.xlsx$/.test(n));
    expect(backups).toHaveLength(1);
    expect((await fs.readFile(path.join(dir, backups[0]))).equals(before)).toBe(true);
    expect(r.out).toContain(backups[0]);
    expect((await fs.readFile(f)).equals(before)).toBe(false);
  });

  test('rate --in-place twice in the same second: two backups, the older one kept', async () => {
    const f = path.join(dir, 'twice.xlsx');
    await fs.copyFile(demo, f);
    const first = await fs.readFile(f);
    expect((await cli('rate', f, '--in-place')).code).toBe(0);
    const second = await fs.readFile(f);
    expect((await cli('rate', f, '--in-place', '--overwrite')).code).toBe(0);
    const backups = (await fs.readdir(dir)).filter((n) => n.startsWith('twice.bak-')).sort();
    expect(backups.length).toBe(2);
    const contents = await Promise.all(backups.map((b) => fs.readFile(path.join(dir, b))));
    expect(contents.some((c) => c.equals(first))).toBe(true);
    expect(contents.some((c) => c.equals(second))).toBe(true);
  });

  test('backup names never replace an older backup', async () => {
    const f = path.join(dir, 'bk.xlsx');
    await fs.writeFile(f, 'one');
    const at = new Date(2024, 4, 20, 15, 30, 0);
    const a = await backupBeside(f, at);
    await fs.writeFile(f, 'two');
    const b = await backupBeside(f, at);
    expect(path.basename(a)).toBe('bk.bak-20240520-153000.xlsx');
    expect(path.basename(b)).toBe('bk.bak-20240520-153000-2.xlsx');
    expect(await fs.readFile(a, 'utf8')).toBe('one');
    expect(await fs.readFile(b, 'utf8')).toBe('two');
  });

  test("--in-place keeps the file's permissions and, through a link, writes the linked workbook", async () => {
    const f = path.join(dir, 'perm.xlsx');
    await fs.copyFile(demo, f);
    await fs.chmod(f, 0o640);
    expect((await cli('rate', f, '--in-place')).code).toBe(0);
    expect((await fs.stat(f)).mode & 0o777).toBe(0o640);
    const real = path.join(dir, 'real.xlsx');
    const link = path.join(dir, 'link.xlsx');
    await fs.copyFile(demo, real);
    await fs.symlink(real, link);
    const before = await sha(real);
    expect((await cli('rate', link, '--in-place')).code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await sha(real)).not.toBe(before);
  });

  test('--in-place on a workbook with a second hard link: both names see the rated workbook (the link is not broken)', async () => {
    const f = path.join(dir, 'hard.xlsx');
    const other = path.join(dir, 'hard-other-name.xlsx');
    await fs.copyFile(demo, f);
    await fs.link(f, other);
    const before = await sha(f);
    expect((await cli('rate', f, '--in-place')).code).toBe(0);
    expect(await sha(f)).not.toBe(before);
    expect(await sha(other)).toBe(await sha(f));
    expect((await fs.stat(f)).ino).toBe((await fs.stat(other)).ino);
  });

  test('roll and import refuse -o = input and have no --in-place', async () => {
    const before = await sha(demo);
    expect((await cli('roll', demo, '-o', demo)).code).toBe(2);
    expect((await cli('roll', demo, '-o', demo, '--force')).code).toBe(2);
    const r = await cli('roll', demo, '--in-place');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--in-place');
    expect((await cli('import', demo, '--actuals', demo, '--month', '5', '-o', demo, '--force')).code).toBe(2);
    expect(await sha(demo)).toBe(before);
  });
});

test('import: an existing output refused, replaced with --force (never the input)', async () => {
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const book = await writeXlsx(dir, '月次.xlsx', [
    sheet('月次実績', [
      ['番号', '指標名', '単位', '区分', '年間目標', ...months, '累計'],
      ['K-01', '窓口相談件数', '件', '実績', 1200, 110],
    ]),
  ]);
  const data = path.join(dir, '5月.csv');
  await fs.writeFile(data, '指標ID,指標名,5月\r\nK-01,窓口相談件数,95\r\n');
  const out = path.join(dir, 'imported.xlsx');
  await fs.copyFile(other, out);
  const refused = await cli('import', book, '--actuals', data, '--month', '2024-05', '-o', out);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain(`${out}: すでにあります`);
  expect(await sha(out)).toBe(otherSha);
  const forced = await cli('import', book, '--actuals', data, '--month', '2024-05', '-o', out, '--force');
  expect(forced.code).toBeLessThan(2);
  expect(forced.out).toContain('置き換えました');
  expect(await sha(out)).not.toBe(otherSha);
});

describe('no folder is made silently', () => {
  test('rate -o missing-folder/x.xlsx: exit 2, no folder', async () => {
    const missing = path.join(dir, 'no-such-folder');
    const r = await cli('rate', demo, '-o', path.join(missing, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('フォルダー');
    expect(r.err).toContain('no-such-folder');
    expect(existsSync(missing)).toBe(false);
  });

  test('template and review as well', async () => {
    const missing = path.join(dir, 'nor-this');
    expect((await cli('template', '-o', path.join(missing, 't.xlsx'))).code).toBe(2);
    expect((await cli('review', demo, '-o', path.join(missing, 'r.xlsx'))).code).toBe(2);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('the temporary file and write failures', () => {
  test('the temporary file has an unpredictable name and is created exclusively', async () => {
    const spy = jest.spyOn(fs, 'open');
    try {
      await writeBytesFile(new Uint8Array([1]), path.join(dir, 'tmpname.bin'));
      const [name, flags] = spy.mock.calls[0] as [string, string];
      expect(flags).toBe('wx');
      expect(path.basename(name)).toMatch(/^\.tmpname\.bin\.tmp-[0-9a-f]{16}$/);
      expect(name).not.toContain(String(process.pid));
    } finally {
      spy.mockRestore();
    }
  });

  test.each(['EROFS', 'EISDIR', 'ENOTDIR', 'ENOSPC', 'EACCES', 'EPERM', 'EBUSY', 'EDQUOT', 'EIO'])(
    '%s: a Japanese message naming the output, not the temporary file',
    (code) => {
      const out = path.join(dir, '出力.xlsx');
      const err = Object.assign(new Error(`${code}: something, open '${out}.tmp-1234'`), { code });
      const m = writeError(out, err).message;
      expect(m.startsWith(`${out}: 書き込めませんでした`)).toBe(true);
      expect(m).not.toContain('.tmp-');
      expect(m).not.toContain('something');
    },
  );

  test('a disk that fills up while the file is put in place: no output, no temporary file, the message says so', async () => {
    const out = path.join(dir, 'full.xlsx');
    const spy = jest.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    try {
      await expect(writeBytesFile(new Uint8Array([1, 2]), out)).rejects.toThrow(/full\.xlsx: 書き込めませんでした。ディスクの空き容量が足りません/);
    } finally {
      spy.mockRestore();
    }
    expect(existsSync(out)).toBe(false);
    expect(await tmpFiles()).toEqual([]);
  });

  test('where hard links are not supported, the output is still created without replacing anything', async () => {
    const out = path.join(dir, 'nolink.xlsx');
    const spy = jest.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('EPERM'), { code: 'EPERM' }));
    try {
      await writeBytesFile(new Uint8Array([7]), out);
      expect([...(await fs.readFile(out))]).toEqual([7]);
      await expect(writeBytesFile(new Uint8Array([8]), out)).rejects.toThrow(/書き込みの途中で同じ名前/);
      expect([...(await fs.readFile(out))]).toEqual([7]);
    } finally {
      spy.mockRestore();
    }
    expect(await tmpFiles()).toEqual([]);
  });
});
