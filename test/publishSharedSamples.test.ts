/**
 * `evalsheet publish` over the shared sample workbooks (../shared/samples, modelled on real cities' sheets), when
 * they are there: a page per workbook's 施策 or sheet, every indicator read by check named on a page with its actual,
 * and each project's narrative text (「【今後の方向性】継続」) split at its heading. Skipped, saying so, without them.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../src/cli/main';
import { readFileBytes } from '../src/adapters/xlsx/files';
import { filePort } from '../src/adapters/xlsx/filePort';
import { check } from '../src/app/check';
import { text } from '../src/engine/publish/html/escape';
import { withUnit } from '../src/engine/publish/html/figures';

const SAMPLES = path.resolve(__dirname, '..', '..', 'shared', 'samples');
const there = existsSync(SAMPLES);
if (!there) console.warn(`${SAMPLES} がないため、共有サンプルの公開の試験は飛ばします（test/publish.test.ts はプロジェクトのサンプルで試験します）。`);

(there ? test : test.skip)(
  'the shared samples as a site',
  async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-publish-shared-'));
    try {
      const site = path.join(dir, 'site');
      const printed: string[] = [];
      const code = await run(['publish', SAMPLES, '-o', site], { out: (s) => printed.push(s), err: (s) => printed.push(s) }, 'ja');
      expect(code).toBeLessThan(2);
      const pages = (await fs.readdir(site)).filter((n) => /^s\d+\.html$/.test(n));
      const htmls = (await Promise.all(pages.map((n) => fs.readFile(path.join(site, n), 'utf8')))).map((h) => h.replace(/>\s+/g, '>').replace(/\s+</g, '<'));
      const books = (await fs.readdir(SAMPLES)).filter((n) => n.endsWith('.xlsx'));
      expect(pages.length).toBeGreaterThanOrEqual(books.length);
      for (const b of books) {
        const { report } = await check(filePort(await readFileBytes(path.join(SAMPLES, b)), b), { file: b });
        for (const i of report.indicators)
          expect({ b, i: i.name, on: htmls.some((h) => h.includes(`>${text(i.name)}</a></th>`) && h.includes(text(withUnit(i.actual, i.unit)))) }).toEqual({
            b,
            i: i.name,
            on: true,
          });
      }
      expect(htmls.join('')).not.toContain('【今後の方向性】');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
