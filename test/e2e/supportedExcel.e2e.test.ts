/**
 * End to end (issue 17, item 1): the built task pane in a headless Chromium, over the fake Excel, as
 * the webviews Office may use see it. With an Internet Explorer 11 or old Edge user agent the page
 * shows its message and never requests the pane's bundle; with Chromium's (WebView2) the pane starts;
 * over an Excel below ExcelApi 1.13 the pane says which Excel it needs and writes nothing.
 * Requests that are not the local server (or the stand-in for office.js) are blocked and must not happen.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtPane, servePane } from './paneBuild';
import { buildWorkbook } from '../../src/adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { demoWorkbookSpecs } from '../support/samples/demoWorkbook';

jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';

let out: string;
let closeServer: (() => Promise<void>) | undefined;
let origin: string;
let browser: Browser;
const blocked: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} がありません。npm run setup:browser を実行してください。`);
  out = await builtPane();
  ({ origin, close: closeServer } = await servePane(out));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
  // The build is shared with the other e2e suites and kept for the next run (paneBuild.ts).
});

/** The pane as a webview with `userAgent` opens it; the paths it requested from the add-in's server. */
async function openPane(o: { userAgent?: string; apiMinor?: number }): Promise<{ page: Page; requested: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 }, locale: 'ja-JP', ...(o.userAgent ? { userAgent: o.userAgent } : {}) });
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ path: `${out}-fake/fake-office.js`, contentType: 'text/javascript' });
    if (url.startsWith(origin)) {
      requested.push(new URL(url).pathname);
      return route.continue();
    }
    blocked.push(url);
    return route.abort();
  });
  const fixture = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  await page.addInitScript(({ f, apiMinor }) => Object.assign(window, { __FIXTURE: f, __LANG: 'ja-JP', __API_MINOR: apiMinor }), {
    f: fixture,
    apiMinor: o.apiMinor,
  });
  await page.goto(`${origin}/taskpane.html`);
  return { page, requested, errors };
}

test.each([
  ['Internet Explorer 11', TRIDENT],
  ['the old Edge', EDGE_HTML],
])('as %s: the message, in Japanese and English, and the bundle never requested', async (_, userAgent) => {
  const { page, requested, errors } = await openPane({ userAgent });
  const message = page.locator('#legacy-webview');
  await message.waitFor({ state: 'visible' });
  expect(await message.textContent()).toContain('この Excel では EvalSheet を使えません');
  expect(await message.textContent()).toContain('EvalSheet cannot run in this Excel');
  await page.waitForLoadState('load');
  expect(requested).toEqual(['/taskpane.html', '/webview-check.js']);
  expect(await page.locator('#root').innerHTML()).toBe('');
  expect(errors).toEqual([]);
  await page.close();
  expect(blocked).toEqual([]);
});

test('as Chromium (WebView2): no message, the bundle loaded and the pane started', async () => {
  const { page, requested, errors } = await openPane({});
  await page.getByRole('tab', { name: '確認' }).waitFor();
  expect(await page.locator('#legacy-webview').isVisible()).toBe(false);
  expect(requested.some((p) => /^\/taskpane\.[0-9a-f]+\.js$/.test(p))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
  expect(blocked).toEqual([]);
});

test('over an Excel below ExcelApi 1.13: the pane names the Excel it needs and offers nothing', async () => {
  const { page } = await openPane({ apiMinor: 12 });
  await page.getByText(/ExcelApi 1\.13 以上が必要です/).waitFor();
  expect(await page.getByText(/Office 2021 以降/).count()).toBe(1);
  expect(await page.getByRole('tab').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __fake: { syncCount: number } }).__fake.syncCount)).toBe(0);
  await page.close();
  expect(blocked).toEqual([]);
});
