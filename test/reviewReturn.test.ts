/**
 * review --return (issue 18, part 2): one returned copy per submitted workbook with errors or
 * warnings, in OUTDIR/<department>/<file name>, with its findings at its cells; none for a clean
 * workbook; the submissions byte for byte as they were; a 差戻し cover in the review workbook; an
 * OUTDIR with files refused without --force, and one inside the reviewed folder refused always.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { fastSnapshot } from '../src/adapters/xlsx/fastSnapshot';
import type { WorkbookSnapshot } from '../src/engine/model/port';
import { reviewTestSubmissions } from './support/samples/submissions';
import { cli } from './helpers/cli';
import { tempDir } from './helpers/workbooks';

jest.setTimeout(120_000);

let dir: string;
let folder: string;
let returned: string;
let hashesBefore: Map<string, string>;
let first: { code: number; out: string; err: string };

const specsOf = (dept: string) => reviewTestSubmissions().find((s) => s.path.startsWith(`${dept}/`))!.specs;
const snapshotOf = async (file: string): Promise<WorkbookSnapshot> => fastSnapshot(new Uint8Array(await fs.readFile(file)));

async function hashes(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath, e.name);
    out.set(
      path.relative(root, p),
      createHash('sha256')
        .update(await fs.readFile(p))
        .digest('hex'),
    );
  }
  return out;
}

async function filesUnder(root: string): Promise<string[]> {
  return (await fs.readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

beforeAll(async () => {
  dir = await tempDir('evalsheet-return-');
  folder = path.join(dir, '提出');
  // 教育部's workbook in a folder named otherwise (the folder wins), 福祉部's at the top (the department
  // its sheet names), 企画部's clean one in a period folder (skipped as a department; never returned).
  await writeWorkbookFile(buildWorkbook(specsOf('教育部')), path.join(folder, '教育委員会', '教育部_施策評価.xlsx'));
  await writeWorkbookFile(buildWorkbook(specsOf('福祉部')), path.join(folder, '福祉部_施策評価.xlsx'));
  await writeWorkbookFile(buildWorkbook(specsOf('企画部')), path.join(folder, '令和5年度', '企画部_施策評価.xlsx'));
  hashesBefore = await hashes(folder);
  returned = path.join(dir, '返却');
  first = await cli('review', folder, '-o', path.join(dir, 'review.xlsx'), '--return', returned, '--jobs', '1');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('one returned copy per workbook with findings, in its department’s folder; none for the clean one; the submissions unchanged', async () => {
  expect(first.code).toBe(1); // 教育部's workbook has an error (差戻し)
  expect(first.out).toContain(`返却用のコピー：2件を ${returned} に担当部署ごとに書き出しました（2部署`);
  expect(await filesUnder(returned)).toEqual(['教育委員会/教育部_施策評価.xlsx', '福祉部/福祉部_施策評価.xlsx']);
  expect(await hashes(folder)).toEqual(hashesBefore);
});

test('a returned copy is the submission with a 指摘事項 sheet and EvalSheet notes on its findings’ cells, nothing else changed', async () => {
  const original = await snapshotOf(path.join(folder, '教育委員会', '教育部_施策評価.xlsx'));
  const copy = await snapshotOf(path.join(returned, '教育委員会', '教育部_施策評価.xlsx'));
  expect(copy.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), '指摘事項']);
  for (const s of original.sheets) {
    const c = copy.sheets.find((x) => x.name === s.name)!;
    expect(c.values).toEqual(s.values);
    expect(c.notes).toEqual(s.notes);
  }
  const notes = copy.sheets.flatMap((s) => Object.entries(s.evalsheetNotes ?? {}).map(([cell, text]) => ({ sheet: s.name, cell, text })));
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.some((n) => n.text.startsWith('【EvalSheet】エラー：'))).toBe(true);
  const rows = copy.sheets.find((s) => s.name === '指摘事項')!.values;
  for (const n of notes) expect(rows.some((r) => r[0] === n.sheet && r[1] === n.cell)).toBe(true);
});

test('the review workbook has a 差戻し cover: per department the reason, the counts and the files returned', async () => {
  const review = await snapshotOf(path.join(dir, 'review.xlsx'));
  const cover = review.sheets.find((s) => s.name === '差戻し')!;
  expect(cover.values[3]).toEqual(['担当部署', '差戻し理由', 'エラー', '警告', '情報', '返却するブック（返却用のコピー）']);
  const rows = cover.values.slice(4);
  expect(rows.map((r) => r[0]).sort()).toEqual(['教育委員会', '福祉部']);
  const education = rows.find((r) => r[0] === '教育委員会')!;
  expect(education[1]).toContain('1件');
  expect(education[2]).toBeGreaterThanOrEqual(1);
  expect(education[5]).toBe('教育委員会/教育部_施策評価.xlsx → 教育委員会/教育部_施策評価.xlsx');
});

test('a returns folder with files is refused without --force (nothing written), taken with it; one inside the reviewed folder never', async () => {
  const again = await cli('review', folder, '-o', path.join(dir, 'review2.xlsx'), '--return', returned, '--jobs', '1');
  expect(again.code).toBe(2);
  expect(again.err).toContain('返却用のフォルダーにすでにファイルやフォルダーがあります');
  expect(again.err).toContain('--force');
  await expect(fs.stat(path.join(dir, 'review2.xlsx'))).rejects.toThrow();
  const forced = await cli('review', folder, '-o', path.join(dir, 'review2.xlsx'), '--return', returned, '--force', '--jobs', '1');
  expect(forced.code).toBe(1);
  expect(await filesUnder(returned)).toEqual(['教育委員会/教育部_施策評価.xlsx', '福祉部/福祉部_施策評価.xlsx']);
  const insideDir = await cli('review', folder, '-o', path.join(dir, 'review3.xlsx'), '--return', path.join(folder, '返却'), '--jobs', '1');
  expect(insideDir.code).toBe(2);
  expect(insideDir.err).toContain('提出フォルダーの外を --return に指定してください');
  expect(await hashes(folder)).toEqual(hashesBefore);
});

test('no workbook with findings: no copy, no folder, and the 差戻し sheet says there is nothing to return', async () => {
  const clean = path.join(dir, '確認済のみ');
  await writeWorkbookFile(buildWorkbook(specsOf('企画部')), path.join(clean, '企画部', '企画部_施策評価.xlsx'));
  const out = path.join(dir, '返却なし');
  const r = await cli('review', clean, '-o', path.join(dir, 'review-clean.xlsx'), '--return', out, '--jobs', '1', '--json');
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).returns).toEqual([]);
  await expect(fs.stat(out)).rejects.toThrow();
  const cover = (await snapshotOf(path.join(dir, 'review-clean.xlsx'))).sheets.find((s) => s.name === '差戻し')!;
  expect(cover.values.flat()).toContain('差し戻すブックはありません');
});

test('a copy that cannot be written is said (output and cover) and the others are still made', async () => {
  const out = path.join(dir, '返却-一部');
  // A folder where 福祉部's copy would go: that one copy cannot be written.
  await fs.mkdir(path.join(out, '福祉部', '福祉部_施策評価.xlsx'), { recursive: true });
  const r = await cli('review', folder, '-o', path.join(dir, 'review-partial.xlsx'), '--return', out, '--force', '--jobs', '2');
  expect(r.code).toBe(1);
  expect(r.out).toContain('返却用のコピー：1件を');
  expect(r.out).toMatch(/作れなかったもの：福祉部_施策評価\.xlsx（.*書き込めませんでした/);
  expect(await filesUnder(out)).toEqual(['教育委員会/教育部_施策評価.xlsx']);
  const cover = (await snapshotOf(path.join(dir, 'review-partial.xlsx'))).sheets.find((s) => s.name === '差戻し')!;
  expect(String(cover.values.slice(4).find((row) => row[0] === '福祉部')![5])).toContain('返却用のコピーを作れませんでした');
  expect(await hashes(folder)).toEqual(hashesBefore);
});
