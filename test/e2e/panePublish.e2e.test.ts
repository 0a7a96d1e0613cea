/**
 * 公開用ページを作成 in the built pane, in headless Chromium over the fake Excel (issue 18 item 3): at the pane's
 * 350 px, the view reached from the navigation makes the site of the open workbook and the link downloads a ZIP
 * holding the site (its index naming the workbook's 施策); nothing scrolls sideways; nothing is requested elsewhere.
 */
import { existsSync, promises as fs } from 'node:fs';
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import { builtPane, servePane } from './paneBuild';
import { openView } from './paneNav';
import { buildWorkbook } from '../../src/adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { demoWithHeadings, SAMPLE_CITY } from '../support/samples/publishSamples';
import { publishTexts } from '../../src/taskpane/components/publishTexts';

jest.setTimeout(300_000);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let out: string;
let origin: string;
let closeServer: (() => Promise<void>) | undefined;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} がありません。npm run setup:browser を実行してください。`);
  out = await builtPane();
  ({ origin, close: closeServer } = await servePane(out));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
});

test('at 350 px: the site of the open workbook, downloaded as a ZIP', async () => {
  const p = publishTexts('ja');
  const blocked: string[] = [];
  const page = await browser.newPage({ viewport: { width: 350, height: 720 }, locale: 'ja-JP', acceptDownloads: true });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ path: `${out}-fake/fake-office.js`, contentType: 'text/javascript' });
    if (url.startsWith(origin) || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const fixture = workbookSnapshot(buildWorkbook(demoWithHeadings()));
  await page.addInitScript(({ f }) => Object.assign(window, { __FIXTURE: f, __LANG: 'ja-JP' }), { f: fixture });
  await page.goto(`${origin}/taskpane.html`);
  await openView(page, p.tab);
  await page.getByRole('button', { name: p.start }).click();
  const link = page.getByRole('link', { name: p.download });
  await link.waitFor({ timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('公開用サイト.zip');
  const zip = await JSZip.loadAsync(await fs.readFile((await download.path())!));
  const index = await zip.file('公開用サイト/index.html')!.async('string');
  expect(index).toContain(`<h1>${SAMPLE_CITY} `);
  expect(index).toContain('1-1.交通安全と防犯の推進');
  expect(blocked).toEqual([]);
  await page.close();
});
