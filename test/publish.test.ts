/**
 * `evalsheet publish` over the project's own rated sample workbooks (test/support/samples): a page for
 * every 施策 (or sheet), every indicator's figures on its page, a workbook that cannot be read listed with
 * its reason, hostile text escaped, no external resource, and the site folder written safely (manifest,
 * refusal of a foreign folder, --force, a rewrite removing the pages that are gone).
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { readFileBytes } from '../src/adapters/xlsx/files';
import { filePort } from '../src/adapters/xlsx/filePort';
import { check } from '../src/app/check';
import { text } from '../src/engine/publish/html/escape';
import { withUnit } from '../src/engine/publish/html/figures';
import { policySheet } from './support/samples/demoWorkbook';
import { SAMPLE_CITY, SAMPLE_PLAN, writeRatedSamples } from './support/samples/publishSamples';

jest.setTimeout(180_000);

let dir: string;
let rated: string;
let files: string[];

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, 'ja');
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const read = (site: string, name: string) => fs.readFile(path.join(site, name), 'utf8');

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-publish-'));
  ({ rated, files } = await writeRatedSamples(dir));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the rated samples as a site', () => {
  let site: string;
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    await fs.writeFile(path.join(rated, '壊れた<ブック>.xlsx'), 'これはブックではありません');
    site = path.join(dir, 'site');
    result = await cli('publish', rated, '-o', site);
  });
  afterAll(() => fs.rm(path.join(rated, '壊れた<ブック>.xlsx')));

  test('written, with exit code 1 for the unreadable workbook, named in the output and on the index with its reason', async () => {
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/公開用のサイトを .* に書き出しました/);
    expect(result.out).toMatch(/読み取れなかったファイル 1件.*\n {2}壊れた<ブック>\.xlsx：\S+/);
    const index = await read(site, 'index.html');
    expect(index).toMatch(/<li>壊れた&lt;ブック&gt;\.xlsx：[^<]+<\/li>/);
    expect(result.out + result.err).not.toMatch(/\bat .*\.(ts|js):\d+|Error:/);
  });

  test("the headings from the demo workbook's 評価設定, said where they were read", async () => {
    expect(await read(site, 'index.html')).toContain(`<h1>${SAMPLE_CITY} ${SAMPLE_PLAN} 令和5年度 施策評価の結果</h1>`);
    expect(result.out).toMatch(new RegExp(`自治体名：${SAMPLE_CITY}（.*施策評価_市民生活部\\.xlsx の評価設定 B\\d+）`));
  });

  test("a page for every 施策 of every rated workbook, with every indicator's figures on it", async () => {
    const index = await read(site, 'index.html');
    const pages = [...index.matchAll(/<a href="(s\d+\.html)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], title: m[2] }));
    const htmls = await Promise.all(pages.map((p) => read(site, p.href)));
    let measures = 0;
    for (const f of files) {
      const { report } = await check(filePort(await readFileBytes(path.join(rated, f)), f), { file: f });
      for (const g of report.groups) {
        measures++;
        expect(pages.some((p) => p.title.startsWith(text(g.name)))).toBe(true);
      }
      for (const i of report.indicators) {
        const page = htmls.find((h) => h.includes(`>${text(i.name)}</a></th>`) && h.includes(text(withUnit(i.actual, i.unit))));
        expect({ indicator: i.name, file: f, found: !!page }).toEqual({ indicator: i.name, file: f, found: true });
        expect(page).toContain(text(withUnit(i.target, i.unit)));
      }
    }
    expect(measures).toBeGreaterThanOrEqual(6);
  });

  test('no script, no external reference, only our own style sheet', async () => {
    const names = await fs.readdir(site);
    expect(names.sort()).toEqual(expect.arrayContaining(['.evalsheet-publish.json', 'index.html', 'print.html', 's001.html', 'style.css']));
    for (const n of names) {
      const content = await read(site, n);
      expect({ n, external: content.match(/https?:\/\/[^\s"')]*/g) }).toEqual({ n, external: null });
      expect(content).not.toMatch(/<script|<iframe|<object|<embed|@import|url\(/i);
      for (const m of content.matchAll(/(?:href|src)="([^"]*)"/g))
        expect(m[1]).toMatch(/^(#[\w-]+|s\d+\.html(#[\w-]+)?|index\.html(#[\w-]+)?|print\.html|style\.css)$/);
    }
  });
});

describe('hostile text in a workbook', () => {
  test('a 施策 and an indicator whose names hold markup stay text', async () => {
    const book = path.join(dir, 'hostile', '悪意.xlsx');
    const block = {
      no: '①',
      name: '<script>alert(1)</script>相談&件数',
      description: '"説明"',
      unit: '件',
      actual: [1, 2, 3, 4, 5, null, null],
      expected: [null, null, 3, 4, 5, 6, 7],
    };
    const specs = [
      policySheet('施策', {
        fiscalLabel: '令和５年度',
        policy: '1."方針"&<u>',
        measure: "1-1.<img src=x onerror='alert(1)'>",
        department: '<b>部</b>',
        previousGrade: null,
        blocks: [block],
      }),
    ];
    await writeWorkbookFile(buildWorkbook(specs), book);
    const site = path.join(dir, 'hostile-site');
    expect((await cli('publish', book, '-o', site)).code).toBeLessThan(2);
    const all = (await Promise.all((await fs.readdir(site)).map((n) => read(site, n)))).join('\n');
    expect(all).not.toMatch(/<script|<img|<u>|<b>部/);
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;相談&amp;件数');
    expect(all).toContain('1-1.&lt;img src=x onerror=&#39;alert(1)&#39;&gt;');
    expect(all).toContain('1.&quot;方針&quot;&amp;&lt;u&gt;');
  });
});

describe('the site folder', () => {
  const one = () => path.join(rated, '市民生活部', '施策評価_市民生活部.xlsx');

  test('a folder holding other files is refused (nothing written) unless --force, which keeps them', async () => {
    const site = path.join(dir, 'foreign');
    await fs.mkdir(site);
    await fs.writeFile(path.join(site, 'memo.txt'), 'メモ');
    const refused = await cli('publish', one(), '-o', site);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('publish で書き出したサイトではありません');
    expect(await fs.readdir(site)).toEqual(['memo.txt']);
    const forced = await cli('publish', one(), '-o', site, '--force');
    expect(forced.code).toBe(0);
    expect(await fs.readFile(path.join(site, 'memo.txt'), 'utf8')).toBe('メモ');
    expect(existsSync(path.join(site, 'index.html'))).toBe(true);
  });

  test('a site written by publish is written again without --force; pages it no longer has are removed, nothing else', async () => {
    const site = path.join(dir, 'again');
    expect((await cli('publish', rated, '-o', site)).code).toBeLessThan(2); // 1: some samples carry error findings on purpose
    const before = await fs.readdir(site);
    await fs.writeFile(path.join(site, 'お知らせ.txt'), '職員が置いたファイル');
    const again = await cli('publish', one(), '-o', site, '--city', 'あおば市', '--year', '令和6年度公表');
    expect(again.code).toBe(0);
    const after = await fs.readdir(site);
    expect(after.length).toBeLessThan(before.length + 1);
    expect(after).toContain('お知らせ.txt');
    expect(again.out).toMatch(/前回のサイトにあって今回はないページ \d+件を削除しました/);
    expect(after.filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(await read(site, 'index.html')).toContain('<h1>あおば市 第6次みどり市総合計画 令和6年度公表 施策評価の結果</h1>');
    expect(again.out).toContain('自治体名：あおば市（--city）');
  });

  test('the temporary files of a publish stopped half-way are removed by the next; they do not make the folder foreign', async () => {
    const site = path.join(dir, 'stopped');
    await fs.mkdir(site);
    const leftovers = ['.index.html.tmp-0123456789ab', '.s001.html.tmp-0123456789ab', '.evalsheet-publish.json.tmp-0123456789ab'];
    for (const n of leftovers) await fs.writeFile(path.join(site, n), '書きかけ');
    expect((await cli('publish', one(), '-o', site)).code).toBe(0);
    const names = await fs.readdir(site);
    expect(names.filter((n) => n.includes('.tmp-'))).toEqual([]);
    expect(names).toContain('index.html');
  });

  test('--json: the pages, counts and the workbooks with error findings', async () => {
    const r = await cli('publish', rated, '-o', path.join(dir, 'json-site'), '--json');
    const j = JSON.parse(r.out) as {
      pages: { href: string; file: string }[];
      counts: { grade: string; count: number }[];
      errors: { file: string; errors: number }[];
    };
    expect(j.pages.length).toBeGreaterThanOrEqual(files.length);
    for (const p of j.pages) expect(existsSync(path.join(dir, 'json-site', p.href))).toBe(true);
    expect(r.code).toBe(j.errors.length ? 1 : 0);
    expect(j.counts.map((c) => c.grade)).toEqual(['A', 'B', 'C', 'D']);
  });

  test('no -o, a file as -o, a missing parent, no workbook: exit 2 with a Japanese reason, nothing written', async () => {
    expect((await cli('publish', rated)).err).toContain('-o で指定してください');
    const file = path.join(dir, 'file.txt');
    await fs.writeFile(file, 'x');
    const r1 = await cli('publish', rated, '-o', file);
    expect([r1.code, r1.err]).toEqual([2, expect.stringContaining('ファイルがあります')]);
    const r2 = await cli('publish', rated, '-o', path.join(dir, 'no', 'such', 'site'));
    expect([r2.code, r2.err]).toEqual([2, expect.stringContaining('親フォルダー')]);
    const empty = path.join(dir, 'empty');
    await fs.mkdir(empty);
    const r3 = await cli('publish', empty, '-o', path.join(dir, 'site-of-nothing'));
    expect([r3.code, r3.err]).toEqual([2, expect.stringContaining('見つかりません')]);
    expect(existsSync(path.join(dir, 'site-of-nothing'))).toBe(false);
  });
});
