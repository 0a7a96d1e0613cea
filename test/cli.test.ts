/**
 * The command on real files: exit codes, bad inputs, JSON, and what `rate` must never do
 * (change a cell it does not own, write a protected sheet, leave a half-written file).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { dumpCells, sheet, tempDir, writeXlsx } from './helpers/workbooks';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { compoundFile, ENCRYPTED_XLSX_STREAMS, XLS_STREAMS } from './helpers/compoundFile';

let dir: string;
let demo: string;
beforeAll(async () => {
  dir = await tempDir();
  demo = path.join(dir, 'demo.xlsx');
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), demo);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

describe('inputs that cannot be read: exit 2 and a message naming the file', () => {
  test('a missing file', async () => {
    const r = await cli('check', path.join(dir, 'nai.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('nai.xlsx: ファイルが見つかりません');
  });
  test('a CSV renamed to .xlsx', async () => {
    const f = path.join(dir, 'renamed.xlsx');
    await fs.writeFile(f, '指標,実績,目標\n相談件数,744,800\n');
    const r = await cli('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/renamed\.xlsx: .*CSV/);
  });
  test('an old .xls', async () => {
    const f = path.join(dir, 'old.xls');
    await fs.writeFile(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await cli('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.xls');
  });
  test('a zip that is not a workbook, an empty file, a folder', async () => {
    const zip = path.join(dir, 'notbook.xlsx');
    await fs.writeFile(zip, Buffer.from('504b0304', 'hex'));
    expect((await cli('check', zip)).code).toBe(2);
    const empty = path.join(dir, 'empty.xlsx');
    await fs.writeFile(empty, '');
    expect((await cli('check', empty)).err).toContain('空です');
    expect((await cli('check', dir)).err).toContain('フォルダー');
  });
  test('an encrypted workbook and an old .xls are told apart (both are compound files)', async () => {
    const enc = path.join(dir, 'protected-pw.xlsx');
    await fs.writeFile(enc, compoundFile(ENCRYPTED_XLSX_STREAMS));
    const e = await cli('check', enc);
    expect(e.code).toBe(2);
    expect(e.err).toContain('protected-pw.xlsx: パスワードで保護');
    expect(e.err).not.toContain('.xls、');
    const xls = path.join(dir, 'real-old.xls');
    await fs.writeFile(xls, compoundFile(XLS_STREAMS, { scatter: true }));
    const x = await cli('check', xls);
    expect(x.code).toBe(2);
    expect(x.err).toContain('real-old.xls: 古い形式（.xls、Excel 97-2003）');
    expect(x.err).not.toContain('パスワード');
    // An .xls renamed to .xlsx is still an .xls.
    const renamed = path.join(dir, 'old-renamed.xlsx');
    await fs.writeFile(renamed, compoundFile(['Book']));
    expect((await cli('check', renamed)).err).toContain('古い形式（.xls');
  });
  test('a workbook cut in half says it is incomplete and what to do', async () => {
    const whole = await fs.readFile(demo);
    const cut = path.join(dir, 'cut.xlsx');
    await fs.writeFile(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await cli('check', cut);
    expect(r.code).toBe(2);
    expect(r.err).toContain('cut.xlsx: ファイルが途中で切れているか、壊れています');
    expect(r.err).toContain('元のファイルをもう一度コピー');
  });
  test('a damaged workbook: no raw English library text', async () => {
    const bytes = Buffer.from(await fs.readFile(demo));
    // Garble the compressed data in the middle of the package; the zip's directory stays readable.
    for (let i = Math.floor(bytes.length * 0.3); i < Math.floor(bytes.length * 0.6); i += 7) bytes[i] ^= 0x5a;
    const f = path.join(dir, 'garbled.xlsx');
    await fs.writeFile(f, bytes);
    const r = await cli('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('garbled.xlsx: ');
    expect(
      r.err
        .split(f)
        .join('')
        .replace(/Excel|\.xlsx/g, ''),
    ).not.toMatch(/[A-Za-z]{3,}/);
  });
  test("an unexpected internal error: a Japanese message, not the library's English text", async () => {
    const spy = jest.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    let r;
    try {
      r = await cli('check', path.join(dir, 'nai.xlsx'), '--json');
    } finally {
      spy.mockRestore();
    }
    expect(r.code).toBe(2);
    expect(r.err).toContain('予期しないエラーが発生し');
    expect(r.err).not.toContain('Cannot read properties');
  });
  test('no stack traces', async () => {
    const r = await cli('check', path.join(dir, 'nai.xlsx'));
    expect(r.err).not.toMatch(/\n\s+at /);
  });
  test('a bad --period or --rules stops before anything is written', async () => {
    const out = path.join(dir, 'never.xlsx');
    expect((await cli('rate', demo, '-o', out, '--period', '来年')).code).toBe(2);
    const rules = path.join(dir, 'rules.json');
    await fs.writeFile(rules, '{"method": "median"}');
    const r = await cli('rate', demo, '-o', out, '--rules', rules);
    expect(r.code).toBe(2);
    expect(r.err).toContain('method');
    await fs.writeFile(rules, '{broken');
    expect((await cli('check', demo, '--rules', rules)).code).toBe(2);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});

describe('check', () => {
  test('a workbook without indicators: exit 0 with a warning', async () => {
    const f = await writeXlsx(dir, 'plain.xlsx', [sheet('メモ', [['議事録']])]);
    const r = await cli('check', f);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no-indicators');
  });
  test('exit 1 when an error-severity finding exists', async () => {
    const f = await writeXlsx(dir, 'err.xlsx', [
      sheet(
        'KPI',
        [
          ['KPI', '区分', 'R4', 'R5'],
          ['件数', '目標値', 1, 1],
          [null, '実績値', 1, '#REF!'],
        ],
        { merges: ['A2:A3'] },
      ),
    ]);
    expect((await cli('check', f)).code).toBe(1);
  });
  test('--json: one object for one file, an array for several, progress on stderr', async () => {
    const one = await cli('check', demo, '--json');
    const obj = JSON.parse(one.out);
    expect(obj).toMatchObject({ file: 'demo.xlsx', period: { fiscalYear: 2023 } });
    expect(Object.keys(obj.indicators[0])).toEqual(
      expect.arrayContaining([
        'sheet',
        'group',
        'id',
        'name',
        'unit',
        'direction',
        'baseline',
        'target',
        'targetSource',
        'actual',
        'actualStatus',
        'attainment',
        'grade',
        'existingGrade',
        'previousGrade',
        'cells',
      ]),
    );
    const two = await cli('check', demo, path.join(dir, 'nai.xlsx'), '--json');
    const arr = JSON.parse(two.out);
    expect(arr).toHaveLength(2);
    expect(arr[1]).toMatchObject({ file: 'nai.xlsx', error: expect.stringContaining('見つかりません') });
    expect(two.err).toContain('[1/2]');
    // Was 2 (issue 13): one file was checked, so something was done.
    expect(two.code).toBe(1);
  });
  test('check good.xlsx bad.xls: the good report, exit 1, the unreadable file listed at the end', async () => {
    const bad = path.join(dir, 'bad.xls');
    await fs.writeFile(bad, compoundFile(XLS_STREAMS));
    const r = await cli('check', demo, bad);
    expect(r.code).toBe(1);
    expect(r.out).toContain('■ demo.xlsx');
    const tail = r.out.slice(r.out.lastIndexOf('読み取れなかったファイル'));
    expect(tail).toContain('読み取れなかったファイル 1件');
    expect(tail).toContain(`${bad}: 古い形式`);
    const json = JSON.parse((await cli('check', demo, bad, '--json')).out);
    expect(json[1]).toMatchObject({ file: 'bad.xls', error: expect.stringContaining('古い形式') });
  });
  test('check with every file unreadable: exit 2', async () => {
    const bad = path.join(dir, 'bad2.xls');
    await fs.writeFile(bad, compoundFile(XLS_STREAMS));
    expect((await cli('check', bad, path.join(dir, 'nai.xlsx'))).code).toBe(2);
  });
});

describe('command-line mistakes are told in Japanese (no commander English)', () => {
  test.each([
    [['rate'], 'evalsheet rate: 対象のブック（.xlsx ファイル）を指定してください'],
    [['chek', 'a.xlsx'], '「chek」というコマンドはありません（check のことですか？）'],
    [['rate', 'a.xlsx', '--outptu', 'b.xlsx'], 'evalsheet rate: 「--outptu」というオプションはありません（--output のことですか？）'],
    [['rate', 'a.xlsx', '-o'], 'evalsheet rate: オプション -o, --output <file> の後に値を指定してください'],
    [['init', 'a.xlsx', 'b.xlsx'], 'evalsheet init: ファイルなどの指定が多すぎます（指定できるのは1つ、指定されたのは2つ）'],
  ])('%j', async (args, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/error:|Did you mean|missing|unknown|too many/);
  });
});

describe('rate', () => {
  test('a workbook with no indicators: nothing written, no empty summary, exit 2', async () => {
    const f = await writeXlsx(dir, 'no-indicators.xlsx', [sheet('メモ', [['議事録'], ['出席者', '5名']])]);
    const out = path.join(dir, 'no-indicators-rated.xlsx');
    const r = await cli('rate', f, '-o', out);
    expect(r.code).toBe(2);
    expect(r.out).toContain('no-indicators');
    expect(r.err).toContain('何も書き込んでいません');
    await expect(fs.stat(out)).rejects.toThrow();
    const json = await cli('rate', f, '-o', out, '--json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ output: null, sheetsWritten: [], changes: [] });
  });

  test('needs -o and never writes over the input unless told to', async () => {
    const before = await sha(demo);
    expect((await cli('rate', demo)).code).toBe(2);
    const out = path.join(dir, 'rated.xlsx');
    const r = await cli('rate', demo, '-o', out);
    expect(r.code).toBe(0);
    expect(await sha(demo)).toBe(before);
    expect((await fs.readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  test('fills empty grade cells only, keeps every other cell, and twice = once', async () => {
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    const r1 = await cli('rate', demo, '-o', once, '--json');
    const changes = JSON.parse(r1.out).changes as { sheet: string; cell: string; value: string }[];
    expect(changes.map((c) => `${c.sheet}!${c.cell}=${c.value}`)).toEqual(['1-1!N3=A', '事業実績!D7=B']);
    const before = await dumpCells(demo);
    const after = await dumpCells(once);
    const owned = new Set(changes.map((c) => `${c.sheet}!${c.cell}`));
    for (const [key, cell] of before) {
      if (owned.has(key)) continue;
      expect([key, after.get(key)]).toEqual([key, cell]);
    }
    for (const key of after.keys()) if (!before.has(key)) expect(key.startsWith('評価サマリー!') || owned.has(key)).toBe(true);
    // The grade a person wrote stays; the difference is a finding.
    expect(after.get('事業実績!D6')?.value).toBe('"A"');
    await cli('rate', once, '-o', twice);
    expect([...(await dumpCells(twice)).entries()]).toEqual([...after.entries()]);
  });

  test('--overwrite replaces written grades that differ', async () => {
    const out = path.join(dir, 'over.xlsx');
    const r = await cli('rate', demo, '-o', out, '--overwrite', '--json');
    expect(JSON.parse(r.out).changes.map((c: { cell: string }) => c.cell)).toEqual(expect.arrayContaining(['D6', 'D8']));
    expect((await dumpCells(out)).get('事業実績!D6')?.value).toBe('"C"');
  });

  test('the summary sheet: one row per indicator, a table, counts, links, text kept as text', async () => {
    const f = await writeXlsx(dir, 'formula-name.xlsx', [
      sheet(
        'KPI',
        [
          ['KPI', '区分', 'R4', 'R5'],
          ['=1+1の指標', '目標値', 10, 10],
          [null, '実績値', 9, 10],
        ],
        { merges: ['A2:A3'] },
      ),
    ]);
    const out = path.join(dir, 'formula-name-rated.xlsx');
    expect((await cli('rate', f, '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('評価サマリー')!;
    expect(ws.getCell('A4').value).toBe('グループ');
    expect(ws.getCell('D5').value).toBe('=1+1の指標');
    expect(ws.getCell('D5').formula).toBeUndefined();
    expect(ws.getCell('K5').value).toBe('A');
    expect(ws.getCell('J5').value).toBe(1);
    expect(ws.getCell('P5').formula).toBe(`HYPERLINK("#'KPI'!D3","KPI!D3")`);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(['EvalSheetSummary']);
  });

  test('a protected sheet is not written: a finding says so', async () => {
    const f = await writeXlsx(
      dir,
      'protected.xlsx',
      [
        sheet('事業', [
          ['事業名', 'R5目標', 'R5実績', '自己評価'],
          ['講座', 10, 10, null],
        ]),
      ],
      (wb) => {
        void wb.getWorksheet('事業')!.protect('', {});
      },
    );
    const out = path.join(dir, 'protected-rated.xlsx');
    const r = await cli('rate', f, '-o', out, '--json');
    const json = JSON.parse(r.out);
    expect(json.changes).toEqual([]);
    expect(json.findings.map((x: { code: string }) => x.code)).toContain('sheet-protected');
    expect((await dumpCells(out)).get('事業!D2')).toBeUndefined();
    // The grade it could not write is listed with its cell and why (the summary said only what was added).
    expect(json.notWritten).toEqual([{ sheet: '事業', cell: 'D2', subject: '講座', grade: 'A', reason: 'locked' }]);
    const text = await cli('rate', f, '-o', path.join(dir, 'protected-rated-2.xlsx'));
    expect(text.out).toContain('書き込まなかった評価 1件（シートが保護され、セルがロックされているため）');
    expect(text.out).toContain('事業!D2: A（講座）');
  });

  test('a failed write leaves no output and no temporary file', async () => {
    const target = path.join(dir, 'a-folder.xlsx');
    await fs.mkdir(target);
    const r = await cli('rate', demo, '-o', target);
    expect(r.code).toBe(2);
    expect((await fs.stat(target)).isDirectory()).toBe(true);
    expect((await fs.readdir(dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});

test('init adds 評価設定 with the defaults, once', async () => {
  const f = await writeXlsx(dir, 'init.xlsx', [
    sheet(
      'KPI',
      [
        ['KPI', '区分', 'R4', 'R5'],
        ['件数', '目標値', 10, 10],
        [null, '実績値', 9, 10],
      ],
      { merges: ['A2:A3'] },
    ),
  ]);
  // Writing over the input now needs --in-place (issue 13: it used to happen without asking).
  expect((await cli('init', f, '--in-place')).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  expect(wb.getWorksheet('評価設定')).toBeDefined();
  const again = await cli('init', f, '--in-place');
  expect(again.out).toContain('すでにあります');
  const json = JSON.parse((await cli('check', f, '--json')).out);
  expect(json.findings.filter((x: { code: string }) => x.code === 'settings-invalid')).toEqual([]);
  expect(json.rules.scale.map((b: { min: number }) => b.min)).toEqual([1, 0.8, 0.6, null]);
});

test('a 50,000-row sheet is read and rated', async () => {
  const rows: (string | number | null)[][] = [['指標名', '単位', 'R5目標', 'R5実績']];
  for (let i = 0; i < 50000; i++) rows.push([`相談件数${i + 1}`, '件', 100, 50 + (i % 100)]);
  const f = await writeXlsx(dir, 'big.xlsx', [sheet('大量', rows)]);
  const r = await cli('check', f, '--json');
  const json = JSON.parse(r.out);
  expect(json.indicators).toHaveLength(50000);
  // actuals 50…149 against 100: 50 % at ≥ 100, 20 % in 80–99, 20 % in 60–79, 10 % below
  expect(json.counts).toMatchObject({ A: 25000, B: 10000, C: 10000, D: 5000 });
}, 120000);

test("--help speaks Japanese: commander's own headings and option texts are translated", async () => {
  for (const args of [['--help'], ['rate', '--help'], ['help', 'review']]) {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('使い方：');
    expect(r.out).toContain('オプション：');
    expect(r.out).not.toMatch(/Usage:|Options:|Commands:|Arguments:|display help for command|output the version number/);
  }
});
