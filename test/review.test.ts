/**
 * `evalsheet review` on a folder of submissions the test builds: good files, self-grades that
 * disagree with the figures, last year's workbook, a shared indicator with two different actuals,
 * an unreadable figure, a broken file, a lock file, and an expected submission nobody sent.
 * Every sheet of the review workbook is asserted, and the submitted files must not change.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli } from './helpers/cli';
import { encodeShiftJis } from './helpers/shiftJis';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { reviewTestSubmissions } from './support/samples/submissions';
import { reviewData, type Review } from '../src/engine';
import { renderStatus } from '../src/engine/model/reviewText';
import { listSubmissions, reviewFiles } from '../src/cli/review';
import { Spool } from '../src/cli/spool';
import { tempDir } from './helpers/workbooks';

let dir: string;
let folder: string;
let out: string;
let expectCsv: string;
const hashes = new Map<string, string>();
let result: { code: number; out: string; err: string };
let wb: ExcelJS.Workbook;

const sha = async (f: string) =>
  createHash('sha256')
    .update(await fs.readFile(f))
    .digest('hex');

/** The rows of a sheet from row `from` on, as arrays of cell values (A = index 0). */
function rowsOf(name: string, from = 5): unknown[][] {
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const v = ws.getRow(r).values as unknown[];
    rows.push(Array.from({ length: Math.max(0, v.length - 1) }, (_, i) => v[i + 1] ?? null));
  }
  return rows;
}

beforeAll(async () => {
  dir = await tempDir('evalsheet-review-');
  folder = path.join(dir, '提出');
  for (const s of reviewTestSubmissions()) await writeWorkbookFile(buildWorkbook(s.specs), path.join(folder, s.path));
  await fs.writeFile(path.join(folder, '壊れたブック.xlsx'), Buffer.from('504b030400000000', 'hex'));
  // Excel's lock file of an open workbook: never a submission.
  await fs.writeFile(path.join(folder, '商工部', '~$商工部_施策評価.xlsx'), Buffer.from('lock'));
  await fs.writeFile(path.join(folder, 'メモ.txt'), '提出メモ');
  // The expected list in Shift_JIS, as a municipal system exports it.
  expectCsv = path.join(dir, '提出予定.csv');
  const csv = '担当部署,ファイル名\r\n商工部,商工部_施策評価\r\n福祉部,福祉部_施策評価\r\n環境部,環境部_施策評価\r\n';
  await fs.writeFile(expectCsv, encodeShiftJis(csv));
  for (const f of await listFiles(folder)) hashes.set(f, await sha(f));
  out = path.join(dir, '一括チェック.xlsx');
  result = await cli('review', folder, '-o', out, '--expect', expectCsv);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function listFiles(d: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}

test('the run: exit 1 (there are errors), a progress line per file on stderr, the lock file and the text file skipped', () => {
  expect(result.code).toBe(1);
  expect(result.err).toContain('6件のブックを確認します。');
  for (const s of reviewTestSubmissions()) expect(result.err).toContain(`${s.path} …`);
  expect(result.err).toMatch(/\[\d\/6\] 壊れたブック\.xlsx … 読込不可/);
  expect(result.err).not.toContain('~$');
  expect(result.err).not.toContain('メモ.txt');
  expect(result.out).toContain('未提出 1件');
});

test('the submitted files are unchanged, and nothing was added to the folder', async () => {
  const now = await listFiles(folder);
  expect(now.sort()).toEqual([...hashes.keys()].sort());
  for (const [f, h] of hashes) expect(await sha(f)).toBe(h);
});

test('the review workbook has the four sheets, in order', () => {
  expect(wb.worksheets.map((w) => w.name)).toEqual(['提出状況一覧', '指摘事項', '評価一覧', '集計']);
});

test('提出状況一覧: one row per file and sheet, sorted by status then department, with counts and reasons', () => {
  const ws = wb.getWorksheet('提出状況一覧')!;
  expect(ws.getCell('A1').value).toBe('提出状況一覧（評価対象期間：令和5年度）');
  expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual([
    '状況',
    '担当部署',
    'ファイル',
    'シート',
    '基本方針・施策',
    '評価対象期間',
    '指標数',
    'A',
    'B',
    'C',
    'D',
    '評価なし',
    'エラー',
    '警告',
    '評価の相違',
    '理由',
  ]);
  const rows = rowsOf('提出状況一覧');
  const key = (r: unknown[]) => `${r[0]}|${r[1]}|${r[2]}|${r[3]}`;
  expect(rows.map(key)).toEqual([
    '差戻し|教育部|教育部/教育部_施策評価.xlsx|施策評価',
    '読込不可|null|壊れたブック.xlsx|null',
    '未提出|環境部|環境部_施策評価|null',
    '要確認|企画部|企画部/企画部_施策評価.xlsx|施策評価',
    '要確認|建設部|建設部/建設部_施策評価.xlsx|施策評価',
    '要確認|商工部|商工部/商工部_施策評価.xlsx|施策評価',
    '要確認|福祉部|福祉部/福祉部_施策評価.xlsx|事業実績',
    '確認済|企画部|企画部/企画部_施策評価.xlsx|事業実績',
    '確認済|教育部|教育部/教育部_施策評価.xlsx|事業実績',
    '確認済|建設部|建設部/建設部_施策評価.xlsx|事業実績',
    '確認済|商工部|商工部/商工部_施策評価.xlsx|事業実績',
    '確認済|福祉部|福祉部/福祉部_施策評価.xlsx|施策評価',
  ]);
  const row = (file: string, sheet: string) => rows.find((r) => r[2] === file && r[3] === sheet)!;
  // Self-grades A and C where the figures give C and B.
  const welfare = row('福祉部/福祉部_施策評価.xlsx', '事業実績');
  expect(welfare.slice(4, 16)).toEqual(['1 福祉部の基本方針', '令和5年度', 2, 0, 1, 1, 0, 0, 0, 2, 2, '記入した評価が計算と異なる 2件']);
  const old = row('建設部/建設部_施策評価.xlsx', '施策評価');
  expect(old[5]).toBe('令和4年度');
  expect(old[15]).toBe('評価対象期間が他と異なる 1件');
  expect(row('教育部/教育部_施策評価.xlsx', '施策評価').slice(11, 16)).toEqual([1, 1, 0, 0, '数値を読み取れない 1件']);
  // A zip cut short (e478344 names it so; it was 「Excelブックではありません」).
  expect(String(rows[1][15])).toContain('ファイルが途中で切れているか、壊れています');
  expect(String(rows[2][15])).toContain('環境部の「環境部_施策評価」が提出されていません（提出予定一覧の4行目）');
  expect(row('商工部/商工部_施策評価.xlsx', '施策評価')[15]).toBe('他のブックと実績値が異なる 1件');
  expect(ws.getCell('A2').value).toBe(
    '読み込んだブック 5件、読み込めなかったブック 1件、未提出 1件。EvalSheet が提出ブックを読んで作成したシートです。提出ブックは変更していません。再実行すると作り直します。',
  );
});

test('指摘事項: every finding with file, sheet, cell, indicator, code, severity and message, as a table with autofilter', () => {
  const rows = rowsOf('指摘事項');
  const codes = rows.map((r) => `${r[0]}|${r[1]}|${r[2]}|${r[4]}|${r[5]}`);
  expect(codes).toEqual(
    expect.arrayContaining([
      '教育部/教育部_施策評価.xlsx|施策評価|G11|value-unparseable|エラー',
      '壊れたブック.xlsx|null|null|unreadable|エラー',
      '環境部_施策評価|null|null|missing-submission|エラー',
      '建設部/建設部_施策評価.xlsx|施策評価|null|review-period-differs|警告',
      '商工部/商工部_施策評価.xlsx|施策評価|Q11|review-actual-differs|警告',
      '企画部/企画部_施策評価.xlsx|施策評価|Q11|review-actual-differs|警告',
      '福祉部/福祉部_施策評価.xlsx|事業実績|D5|rating-mismatch|警告',
      '福祉部/福祉部_施策評価.xlsx|事業実績|D6|rating-mismatch|警告',
    ]),
  );
  expect(rows).toHaveLength(8);
  const dup = rows.find((r) => r[0] === '商工部/商工部_施策評価.xlsx')!;
  expect(dup[3]).toBe('市民満足度調査の回答数');
  expect(dup[6]).toContain('企画部/企画部_施策評価.xlsx の 施策評価!Q11：452');
});

test('指摘事項 and the two lists are Excel tables with autofilter over every row', async () => {
  const zip = await JSZip.loadAsync(await fs.readFile(out));
  const tables = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
      .map((n) => zip.file(n)!.async('string')),
  );
  const byName = new Map(tables.map((x) => [/displayName="([^"]+)"/.exec(x)![1], x]));
  expect([...byName.keys()].sort()).toEqual(['EvalSheetReviewFindings', 'EvalSheetReviewIndicators', 'EvalSheetReviewStatus']);
  const findings = byName.get('EvalSheetReviewFindings')!;
  expect(findings).toContain('ref="A4:G12"');
  expect(findings).toMatch(/<autoFilter ref="A4:G12"/);
  expect(byName.get('EvalSheetReviewIndicators')).toContain('ref="A4:R18"');
});

test('評価一覧: every indicator of every file in the summary row, with file and department', () => {
  const ws = wb.getWorksheet('評価一覧')!;
  expect((ws.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['ファイル', '担当部署', 'グループ']);
  const rows = rowsOf('評価一覧');
  expect(rows).toHaveLength(14);
  const sat = rows.filter((r) => r[5] === '市民満足度調査の回答数');
  expect(sat.map((r) => [r[0], r[1], r[10], r[12]])).toEqual([
    ['企画部/企画部_施策評価.xlsx', '企画部', 452, 'A'],
    ['商工部/商工部_施策評価.xlsx', '商工部', 441, 'A'],
  ]);
  const welfare = rows.find((r) => r[5] === '見守り訪問事業')!;
  // 評価（計算） C, 評価（記入） A, 元のセル.
  expect([welfare[12], welfare[13], welfare[17]]).toEqual(['C', 'A', '事業実績!F5']);
});

test('集計: grade counts per department, per 基本方針 and overall, which agree with 評価一覧', () => {
  const rows = rowsOf('集計', 1);
  const at = (label: string, after: string) => {
    const start = rows.findIndex((r) => r[0] === after);
    return rows.slice(start).find((r) => r[0] === label)!;
  };
  expect(at('差戻し', '提出状況')[1]).toBe(1);
  expect(at('確認済', '提出状況')[1]).toBe(5);
  expect(at('計', '提出状況')[1]).toBe(12);
  const indicators = rowsOf('評価一覧');
  const count = (dept: string, g: string) => indicators.filter((r) => r[1] === dept && r[12] === g).length;
  for (const dept of ['企画部', '教育部', '建設部', '商工部', '福祉部']) {
    const r = at(dept, '担当部署別の評価');
    expect(r.slice(1, 5)).toEqual(['A', 'B', 'C', 'D'].map((g) => count(dept, g)));
    expect(r[6]).toBe(indicators.filter((x) => x[1] === dept).length);
  }
  const total = at('合計', '担当部署別の評価');
  expect(total[6]).toBe(14);
  // 「1.商工部の基本方針」 (施策評価, 2 indicators) and 「1 商工部の基本方針」 (事業実績, 2) are one 基本方針 (it was counted as two of 2).
  expect(at('1.商工部の基本方針', '基本方針別の評価')[6]).toBe(4);
  const policies = rows.slice(rows.findIndex((r) => r[0] === '基本方針別の評価'));
  expect(policies.filter((r) => String(r[0]).includes('商工部の基本方針'))).toHaveLength(1);
  expect(at('合計', '基本方針別の評価')).toEqual(total);
});

test('--json prints the same content', async () => {
  const r = await cli('review', folder, '--json', '--expect', expectCsv);
  const json = JSON.parse(r.out) as Review;
  expect(json.rows).toHaveLength(rowsOf('提出状況一覧').length);
  expect(json.findings).toHaveLength(rowsOf('指摘事項').length);
  expect(json.indicators).toHaveLength(rowsOf('評価一覧').length);
  // Status codes in the JSON, their Japanese words in the sheet.
  expect(json.rows.map((x) => renderStatus(x.status))).toEqual(rowsOf('提出状況一覧').map((x) => x[0]));
  expect(json.period).toEqual({ label: '令和5年度', fiscalYear: 2023, files: 4 });
});

test('a re-run into the same folder skips its own output; -o onto a submission is refused; no -o and no --json is a usage error', async () => {
  const inside = path.join(folder, '結果.xlsx');
  const first = await cli('review', folder, '-o', inside);
  expect(first.err).toContain('6件のブックを確認します。');
  const again = await cli('review', folder, '-o', path.join(dir, 'again.xlsx'));
  expect(again.err).toContain('結果.xlsx … 一括チェックの結果のブックのため読み飛ばしました');
  await fs.rm(inside);
  const target = path.join(folder, '商工部', '商工部_施策評価.xlsx');
  const refused = await cli('review', target, '-o', target);
  expect(refused.code).toBe(2);
  expect(refused.err).toContain('提出ブックと同じファイルには書き込めません');
  expect(await sha(target)).toBe(hashes.get(target));
  expect((await cli('review', folder)).err).toContain('-o で指定してください');
  expect((await cli('review', path.join(dir, 'nai'))).code).toBe(2);
});

test('two reader processes give the same review as one; a file too big for a reader is read again alone in a reader with a larger heap (never in this process); the disk store gives what the memory store gives', async () => {
  const files = await listSubmissions([folder], null);
  const one = reviewData(await reviewFiles(files, { jobs: 1 }));
  // A heap far too small for any file: every reader dies of it, and each file is read again in a reader with the larger heap.
  const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;
  const portsBefore = ports();
  const lines: string[] = [];
  const starved = reviewData(await reviewFiles(files, { jobs: 2, workerHeapMb: 1, onProgress: (l) => lines.push(l) }));
  expect(starved).toEqual(one);
  expect(lines.filter((l) => /読み取り中に(予期しない)?エラー|メモリの上限/.test(l))).toEqual([]);
  expect(lines).toHaveLength(files.length); // each file once
  // No reader left behind (one started for a reader that died holding nothing used to keep the process alive).
  expect(ports()).toBeLessThanOrEqual(portsBefore);
  const spool = Spool.open(dir);
  try {
    const spooled = reviewData(await reviewFiles(files, { jobs: 2, store: spool }));
    expect(spooled).toEqual(one);
    expect(spool.size).toBeGreaterThan(1000);
  } finally {
    spool.close();
  }
  expect((await fs.readdir(dir)).filter((n) => n.startsWith('evalsheet-review-'))).toEqual([]);
});

test('a temporary folder that cannot be written is named, with what to do; nothing is written', async () => {
  // The built command in its own process: TMPDIR is read by Node's os module, outside jest's sandbox.
  const target = path.join(dir, 'tmpless.xlsx');
  const tmp = path.join(dir, 'ない');
  const r = await new Promise<{ code: number | null; err: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.resolve(__dirname, '../bin/evalsheet.js'), 'review', folder, '-o', target],
      { env: { ...process.env, TMPDIR: tmp } },
      (e, _out, err) => resolve({ code: e ? (e.code as number) : 0, err }),
    ),
  );
  expect(r.code).toBe(2);
  expect(r.err).toContain(`一時フォルダー（${tmp}）に作業用のファイルを作れません（ENOENT）。環境変数 TMPDIR に書き込めるフォルダーを指定してください。`);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  await expect(fs.stat(target)).rejects.toThrow();
});
