/**
 * End to end (issue 16, item 3): in the built task pane in a real headless Chromium, over the fake
 * Excel, a layout the reader cannot read is taught with 読み取りを修正 (select cells, press the
 * buttons, 保存), then checked, graded and rolled to the next year in the open workbook, then listed and
 * removed again (選択, 削除); the fake workbook's cells are asserted after each step. Requests other than the local server are blocked.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtPane, servePane } from './paneBuild';
import { checkWorkbook, defaultRules, planRoll, settingsSheetSpec, type CellValue, type TaughtLayout, type WorkbookSnapshot } from '../../src/engine';
import { scatteredSheet, singleSheet } from '../support/samples/scatteredLayout';
import { snap } from '../../src/engine/detect/testing';
import { teachTexts } from '../../src/taskpane/components/teachTexts';
import { openView } from './paneNav';

jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const tt = teachTexts('ja');
const LAYOUT: TaughtLayout = {
  entries: [{ sheet: '事業メモ', names: 'J4:J6', targets: 'B4:B6', actuals: 'D4:D6', unit: 'K4:K6', period: 'D2', grade: 'L4:L6' }],
};

let out: string;
let closeServer: (() => Promise<void>) | undefined;
let origin: string;
let browser: Browser;
const blocked: string[] = [];
const fixture: WorkbookSnapshot = { sheets: [scatteredSheet(), singleSheet()] };

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

/** The pane over the fixture (the fake's default ExcelApi). */
async function openPane(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: 'ja-JP' });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ path: `${out}-fake/fake-office.js`, contentType: 'text/javascript' });
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript((f) => Object.assign(window, { __FIXTURE: f, __LANG: 'ja-JP' }), fixture);
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

const fakeValue = (page: Page, sheet: string, cell: string) =>
  page.evaluate(([s, c]) => (window as unknown as { __fake: { value: (s: string, c: string) => unknown } }).__fake.value(s, c), [sheet, cell]);

/** Selects `address` in the fake Excel, presses the field's button and waits for the field to show it. */
async function teach(page: Page, field: keyof typeof tt.field, address: string): Promise<void> {
  await page.evaluate((a) => ((window as unknown as { __fake: { selected: unknown } }).__fake.selected = { sheet: '事業メモ', address: a }), address);
  await page.getByRole('button', { name: tt.take(tt.field[field]) }).click();
  await page.waitForFunction(
    ([label, a]) => (document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null)?.value === a,
    [tt.field[field], address],
  );
}

test('読み取りを修正 in Chromium: taught by selection, saved in 評価設定, checked, graded, rolled to the next year, then listed and removed', async () => {
  // What the engine gives for the workbook with the layout saved (the pane writes the same 評価設定).
  const settings = settingsSheetSpec(defaultRules(), LAYOUT);
  const withSettings: WorkbookSnapshot = {
    sheets: [
      ...fixture.sheets,
      snap(
        '評価設定',
        settings.rows.map((r) => r.map((c) => (c ? (c.value as CellValue) : null))),
      ),
    ],
  };
  const expected = checkWorkbook(withSettings, { file: 'このブック' });
  expect(expected.report.indicators.map((i) => i.grade)).toEqual(['B', 'A', 'B']);
  // The cells of 読み取りの指定 the roll rewrites (not the period it pins).
  const rolled = planRoll(withSettings, expected, 2024).changes.filter((c) => c.sheet === '評価設定' && /^[A-Z]+\d+(:[A-Z]+\d+)?$/.test(String(c.after)));
  expect(rolled.map((c) => [c.before, c.after])).toEqual([
    ['B4:B6', 'F4:F6'],
    ['D4:D6', 'H4:H6'],
    ['D2', 'H2'],
  ]);

  const page = await openPane();
  await openView(page, tt.tab);
  await teach(page, 'names', 'J4:J6');
  await teach(page, 'targets', 'B4:B6');
  await teach(page, 'actuals', 'D4:D6');
  await teach(page, 'unit', 'K4:K6');
  await teach(page, 'period', 'D2');
  await teach(page, 'grade', 'L4:L6');
  await page.getByRole('button', { name: tt.save, exact: true }).click();
  await page.getByTestId('teach-saved').waitFor();
  expect(await page.getByTestId('teach-saved').textContent()).toContain('J4:J6');
  expect(await fakeValue(page, '評価設定', rolled[0].cell)).toBe(rolled[0].before);

  // Check reads the taught indicators.
  await openView(page, '確認');
  await page.getByRole('button', { name: 'ブックを確認する' }).click();
  await page.getByTestId('period').waitFor();
  expect(await page.getByTestId('period').textContent()).toBe(expected.report.period!.label);
  expect(await page.getByText('相談件数').count()).toBeGreaterThan(0);

  // Grade writes the taught grade cells.
  await openView(page, '評価を記入');
  await page.getByRole('button', { name: '評価を記入する' }).click();
  await page.getByTestId('changes').waitFor();
  expect([await fakeValue(page, '事業メモ', 'L4'), await fakeValue(page, '事業メモ', 'L5'), await fakeValue(page, '事業メモ', 'L6')]).toEqual(['B', 'A', 'B']);

  // 次の期間へ (the open workbook): 評価設定's rows now point at the R6 columns.
  await openView(page, '年次・月次');
  await page.getByRole('button', { name: '次の期間のブックにする' }).click();
  const asked = page.getByTestId('roll-confirm');
  await asked.waitFor();
  await asked.getByRole('button', { name: 'このブックを変更する' }).click();
  await page.getByTestId('roll-done').waitFor({ timeout: 60_000 });
  for (const c of rolled) expect(await fakeValue(page, '評価設定', c.cell)).toBe(c.after);
  expect(await fakeValue(page, '事業メモ', 'D2')).toBe('R5結果');

  // The saved entry is listed in 読み取りを修正; 選択 selects all its cells at once, 削除 takes its row out.
  await openView(page, tt.tab);
  const entry = page.getByTestId('taught-entry');
  await entry.waitFor();
  expect(await entry.textContent()).toContain(`指標名のセル J4:J6（3件）、目標のセル ${rolled[0].after}`);
  await page.getByRole('button', { name: tt.selectEntry('事業メモ', 'J4:J6') }).click();
  await page.waitForFunction(
    () => (window as unknown as { __fake: { selected: { address: string } | null } }).__fake.selected?.address === 'J4:J6,F4:F6,H4:H6,K4:K6,H2,L4:L6',
  );
  const row = Number(/\d+$/.exec(rolled[0].cell)![0]);
  await page.getByRole('button', { name: tt.removeEntry('事業メモ', 'J4:J6') }).click();
  await page.getByTestId('taught-removal').waitFor();
  expect(await page.getByTestId('taught-removal').textContent()).toBe(tt.removed('事業メモ', 'J4:J6', `評価設定!A${row}`, 0));
  expect(await page.getByText(tt.listEmpty).count()).toBe(1);
  for (const col of 'ABCDEFGH') expect(await fakeValue(page, '評価設定', `${col}${row}`)).toBe('');
  expect(await fakeValue(page, '評価設定', `A${row - 2}`)).toBe('読み取りの指定');
  // Check reads without it: the scattered layout is not read any more.
  await openView(page, '確認');
  await page.getByRole('button', { name: 'ブックを確認する' }).click();
  await page.getByText('読み取った指標（0）').waitFor();
  expect(await page.getByText('相談件数').count()).toBe(0);
  await page.close();
  expect(blocked).toEqual([]);
});
