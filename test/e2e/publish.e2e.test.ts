/**
 * The published site in real Chromium (issue 18 item 4): axe-core finds no serious or critical violation on
 * the index, a 施策 page and the printable page; at 320 px nothing scrolls sideways (a wide table scrolls in
 * its own box); the page needs no script (JavaScript off, the tables and charts are there) and makes no
 * request but for its own files. Screenshots of the index and a 施策 page at 1280 and 320 px go to
 * docs/screenshots/publish with `UPDATE_SCREENSHOTS=1` (test-output/screenshots/publish otherwise).
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../src/cli/main';
import { writeRatedSamples } from '../support/samples/publishSamples';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots/publish' : 'test-output/screenshots/publish');
const AXE = require.resolve('axe-core/axe.min.js');

let dir: string;
let site: string;
let browser: Browser;
const outside: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} がありません。npm run setup:browser を実行してください。`);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-publish-e2e-'));
  const { rated } = await writeRatedSamples(dir);
  site = path.join(dir, 'site');
  const code = await run(['publish', rated, '-o', site], { out: () => undefined, err: () => undefined }, 'ja');
  expect(code).toBeLessThan(2);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  await fs.mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

/** A page of the site at `width`, every request outside the site's folder refused and recorded. */
async function open(name: string, width: number, javaScript = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'ja-JP', javaScriptEnabled: javaScript });
  const base = pathToFileURL(site).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(path.join(site, name)).href);
  return page;
}

/** A 施策 page: the first page the index links that has a 施策の評価. */
async function measurePage(): Promise<string> {
  const index = await fs.readFile(path.join(site, 'index.html'), 'utf8');
  for (const m of index.matchAll(/<a href="(s\d+\.html)">/g))
    if ((await fs.readFile(path.join(site, m[1]), 'utf8')).includes('<dt>施策の評価</dt>')) return m[1];
  throw new Error('no 施策 page');
}

type AxeResult = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[]; passes: unknown[] };

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(() => (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'] }));
}

describe.each([
  ['index', async () => 'index.html'],
  ['a 施策 page', measurePage],
  ['the printable page', async () => 'print.html'],
])('%s', (_label, which) => {
  test.each([1280, 320])('at %i px: no serious or critical axe violation, no sideways scroll', async (width) => {
    const name = await which();
    const page = await open(name, width);
    const result = await axe(page);
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(10);
    const scroll = await page.evaluate(() => ({ width: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
    expect(scroll.width).toBeLessThanOrEqual(width);
    if (name !== 'print.html')
      await page.screenshot({ path: path.join(SHOTS, `${name === 'index.html' ? 'index' : 'measure'}-${width}.png`), fullPage: width === 320 ? false : true });
    await page.close();
  });
});

test('without JavaScript the 施策 page shows its tables and charts; nothing outside the site was requested', async () => {
  const page = await open(await measurePage(), 1280, false);
  expect(await page.locator('table caption').count()).toBeGreaterThan(1);
  expect(await page.locator('svg[role="img"] title').count()).toBeGreaterThan(0);
  expect(await page.locator('th[scope="row"]').count()).toBeGreaterThan(2);
  await page.close();
  expect(outside).toEqual([]);
});

test('printed to PDF on A4, each 施策 starting a new page', async () => {
  const page = await open('print.html', 1280);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const measures = await page.locator('article.measure').count();
  expect(pages).toBeGreaterThanOrEqual(measures);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
  await page.close();
});
