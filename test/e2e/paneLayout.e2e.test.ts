/**
 * End to end (issue 17 item 4): the built pane in headless Chromium over the fake Excel, at the
 * task pane's real widths (320 and 350 px) in the light and the dark theme. The navigation stays on
 * one row (the tabs that do not fit in the … menu), nothing scrolls sideways; Check lists the
 * indicators, filters them by grade, selects an indicator's cells, announces its counts, and is
 * marked out of date when the workbook changes; Grade's changed cells select their cell; the file
 * choosers are Fluent's. Screenshots of the main views go to docs/screenshots/narrow with
 * `npm run screenshots` (test-output/screenshots/narrow otherwise). Requests elsewhere are blocked.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtPane, servePane } from './paneBuild';
import { buildWorkbook } from '../../src/adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { checkWorkbook, type WorkbookSnapshot } from '../../src/engine';
import { demoWorkbookSpecs } from '../support/samples/demoWorkbook';
import { messages } from '../../src/taskpane/i18n';
import { openView } from './paneNav';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots/narrow' : 'test-output/screenshots/narrow');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

let out: string;
let closeServer: (() => Promise<void>) | undefined;
let origin: string;
let browser: Browser;
const blocked: string[] = [];
const snapshot: WorkbookSnapshot = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
const expected = checkWorkbook(snapshot, { file: 'このブック' }).report;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} がありません。npm run setup:browser を実行してください。`);
  out = await builtPane();
  ({ origin, close: closeServer } = await servePane(out));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] });
  await fs.mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
  // The build is shared with the other e2e suites and kept for the next run (paneBuild.ts).
});

async function openPane(width: number, dark: boolean, lang = 'ja-JP'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 720 }, locale: lang, colorScheme: dark ? 'dark' : 'light' });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ path: `${out}-fake/fake-office.js`, contentType: 'text/javascript' });
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript(({ fixture, l }) => Object.assign(window, { __FIXTURE: fixture, __LANG: l }), { fixture: snapshot, l: lang });
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole('tablist').first().waitFor();
  return page;
}

type Fake = { __fake: { selected: { sheet: string; address: string } | null; handlers: ((e: unknown) => Promise<void>)[] } };
const selected = (page: Page) => page.evaluate(() => (window as unknown as Fake).__fake.selected);

/** The navigation on one row, inside the pane, and no sideways scrolling. */
async function expectFits(page: Page, width: number): Promise<void> {
  const nav = await page.getByRole('tablist').first().boundingBox();
  const tab = await page.getByRole('tablist').first().getByRole('tab').first().boundingBox();
  expect(nav!.height).toBeLessThan(tab!.height * 1.5);
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  // Nothing cut at the pane's right edge (main clips what sticks out, so scrollWidth alone would not tell).
  const cut = await page.evaluate((w) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main *'))) {
      if (el.closest('[aria-live]')) continue; // the live region is clipped to 1 px on purpose
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > w + 0.5)
        out.push(
          `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} ${(el.textContent ?? '').slice(0, 20)} right=${Math.round(r.right)}`,
        );
    }
    return out.slice(0, 5);
  }, width);
  expect(cut).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const t = messages('ja');

for (const width of [320, 350]) {
  for (const dark of [false, true]) {
    const theme = dark ? 'dark' : 'light';
    test(`${width} px, ${theme}: one-row navigation with a … menu; Check, its filter, selection, announcement and out-of-date notice; Grade's changed cells; the file choosers`, async () => {
      const page = await openPane(width, dark);
      await expectFits(page, width);
      // Seven views do not fit 350 px: some are in the menu, the selected one always shown.
      await expect(page.getByTestId('nav-more').isVisible()).resolves.toBe(true);
      const bg = await page.evaluate(() => getComputedStyle(document.querySelector('main')!).backgroundColor);
      const [r] = bg.match(/\d+/g)!.map(Number);
      expect(dark ? r < 80 : r > 200).toBe(true);

      await page.getByRole('button', { name: t.check }).click();
      await page.getByTestId('indicator').first().waitFor();
      expect(await page.getByTestId('indicator').count()).toBe(expected.indicators.length);
      await expectFits(page, width);
      const n = (s: string) => expected.findings.filter((f) => f.severity === s).length;
      await page.waitForFunction(
        (text) => document.querySelector('[data-testid="live-region"]')?.textContent === text,
        t.clerk.announceChecked(expected.indicators.length, n('error'), n('warning'), n('info')),
      );
      await shot(page, `check-${width}-${theme}`);
      // The findings, with their severity icons and the indicator they are about.
      expect(await page.getByTestId('finding-group').locator('li[data-severity] svg[role=img]').count()).toBe(expected.findings.length);
      await page.getByTestId('severity-filter').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `check-findings-${width}-${theme}.png`) });

      // Filter by grade, then select an indicator's cells from its row.
      const aCount = expected.indicators.filter((i) => i.grade === 'A').length;
      await page.getByTestId('grade-filter').selectOption('g:A');
      expect(await page.getByTestId('indicator').count()).toBe(aCount);
      const first = expected.indicators.find((i) => i.grade === 'A')!;
      await page.getByRole('button', { name: t.readSelect(first.name) }).click();
      await page.waitForFunction(() => (window as unknown as Fake).__fake.selected !== null);
      expect((await selected(page))!.sheet).toBe(first.sheet);
      await page.getByTestId('grade-filter').selectOption('all');

      // The workbook changes (Excel's onChanged): the result is marked out of date.
      await page.evaluate(() => Promise.all((window as unknown as Fake).__fake.handlers.map((h) => h({}))));
      await page.getByTestId('check-stale').waitFor();
      if (width === 320) await shot(page, `check-stale-${width}-${theme}`);

      // Grade: the changed cells select their cell.
      await openView(page, t.tabGrade);
      await page.getByRole('button', { name: t.grade }).click();
      const link = page.getByTestId('changes').getByTestId('cell-link').last();
      await link.waitFor();
      const ref = (await link.textContent())!;
      await link.click();
      await page.waitForFunction((r) => {
        const s = (window as unknown as Fake).__fake.selected;
        return s !== null && `${s.sheet}!${s.address}` === r;
      }, ref);
      await expectFits(page, width);
      await shot(page, `grade-${width}-${theme}`);

      // Back on Check: still there, out of date (Grade wrote to the workbook).
      await openView(page, t.tabCheck);
      await page.getByTestId('check-stale').waitFor();

      await openView(page, t.tabReview);
      await page.getByRole('button', { name: t.clerk.chooseFiles }).first().waitFor();
      expect(await page.locator('input[type=file]:visible').count()).toBe(0);
      await expectFits(page, width);
      await shot(page, `review-${width}-${theme}`);

      await openView(page, t.tabUpdate);
      await page.getByRole('tab', { name: t.tabImport }).click();
      await page.getByRole('button', { name: t.clerk.chooseFile }).waitFor();
      await expectFits(page, width);
      await shot(page, `monthly-import-${width}-${theme}`);

      await openView(page, t.tabSettings);
      await page.getByRole('button', { name: '評価設定に保存' }).waitFor();
      await expectFits(page, width);
      await shot(page, `settings-${width}-${theme}`);

      if (width === 320) {
        await page.getByTestId('nav-more').click();
        await page.getByRole('menuitem').first().waitFor();
        await page.waitForTimeout(600); // the menu's opening animation
        await shot(page, `nav-menu-${width}-${theme}`);
        await page.keyboard.press('Escape');
      }
      await page.close();
      expect(blocked).toEqual([]);
    });
  }
}

test('350 px in English: the period as FY, English labels and findings', async () => {
  const page = await openPane(350, false, 'en-US');
  const en = messages('en');
  await page.getByRole('button', { name: en.check }).click();
  await page.getByTestId('period').waitFor();
  expect(await page.getByTestId('period').textContent()).toBe(`FY${expected.period!.fiscalYear}`);
  await expectFits(page, 350);
  const text = (await page.getByTestId('check-result').textContent())!;
  expect(text).toContain(en.clerk.gradeFilter);
  expect(await page.getByTestId('counts').textContent()).not.toMatch(/[（）：]|令和|年度/);
  await shot(page, 'check-350-light-en');
  await page.close();
  expect(blocked).toEqual([]);
});
