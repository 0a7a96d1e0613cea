/**
 * @jest-environment jsdom
 */
// Issue 17 item 4, a pane a clerk can work from: the grade filter, state kept across views, the
// result marked out of date on a workbook change, clickable changed cells, the live region, English.
import '../../../test/helpers/paneDom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { checkWorkbook, planRating } from '../../engine';
import { renderFinding } from '../../engine/model/findingText';
import { App } from './App';
import { messages, type Locale } from '../i18n';
import { changeFeed } from '../workbookChanges';
import { periodInEnglish } from '../i18n/clerkWords';
import type { SubmissionReader } from '../submissionReader';

const noReader: SubmissionReader = { read: () => Promise.reject(new Error('not used')), cancel: () => {} };

function setup(locale: Locale = 'ja') {
  const snapshot = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  const fake = createFakeExcel(fakeWorkbookFrom(snapshot.sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  const changes = changeFeed();
  render(<App host={host} reader={noReader} locale={locale} dark={false} changes={changes} />);
  return { fake, host, changes, snapshot, expected: checkWorkbook(snapshot, { file: 'このブック' }).report };
}

async function check(t = messages('ja')) {
  fireEvent.click(screen.getByRole('button', { name: t.check }));
  return screen.findAllByTestId('indicator');
}

const live = () => screen.getByTestId('live-region').textContent;

test('the grade filter shows one grade, no grade or the guessed readings, each option with its count; both filters stay when switching views', async () => {
  const { expected } = setup();
  await check();
  const byGrade = (g: string | null) => expected.indicators.filter((i) => i.grade === g).length;
  const filter = screen.getByRole('combobox', { name: '表示する指標' });
  const a = within(filter).getByRole('option', { name: `A（${byGrade('A')}）` });
  expect(a).toBeTruthy();
  expect(byGrade('A')).toBeGreaterThan(0);
  expect(byGrade('A')).toBeLessThan(expected.indicators.length);

  fireEvent.change(filter, { target: { value: 'g:A' } });
  let rows = screen.getAllByTestId('indicator');
  expect(rows).toHaveLength(byGrade('A'));
  expect(rows.every((r) => r.getAttribute('data-grade') === 'A')).toBe(true);

  fireEvent.change(filter, { target: { value: 'none' } });
  rows = screen.queryAllByTestId('indicator');
  expect(rows).toHaveLength(byGrade(null));
  expect(rows.every((r) => r.getAttribute('data-grade') === '')).toBe(true);

  fireEvent.change(filter, { target: { value: 'g:A' } });
  fireEvent.change(screen.getByRole('combobox', { name: '表示する指摘' }), { target: { value: 'warning' } });
  const warnings = expected.findings.filter((f) => f.severity === 'warning').length;
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(warnings);

  // To another view and back: the result and both filters as they were.
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  expect(screen.queryByTestId('check-result')).toBeNull();
  fireEvent.click(screen.getByRole('tab', { name: '確認' }));
  expect((screen.getByRole('combobox', { name: '表示する指標' }) as HTMLSelectElement).value).toBe('g:A');
  expect((screen.getByRole('combobox', { name: '表示する指摘' }) as HTMLSelectElement).value).toBe('warning');
  expect(screen.getAllByTestId('indicator')).toHaveLength(byGrade('A'));
  expect(document.querySelectorAll('li[data-severity]')).toHaveLength(warnings);
});

test('findings carry their severity icon, named for screen readers', async () => {
  const { expected } = setup();
  await check();
  const items = Array.from(document.querySelectorAll('li[data-severity]'));
  expect(items).toHaveLength(expected.findings.length);
  for (const li of items) {
    const icon = within(li as HTMLElement).getByRole('img');
    expect(icon.getAttribute('data-testid')).toBe(`severity-${li.getAttribute('data-severity')}`);
    expect(icon.getAttribute('aria-label')).toBe(messages('ja')[li.getAttribute('data-severity') as 'error' | 'warning' | 'info']);
  }
});

test('a change to the workbook marks the result out of date, says so to screen readers, and Check again refreshes it', async () => {
  const { changes } = setup();
  await check();
  expect(screen.queryByTestId('check-stale')).toBeNull();
  expect(screen.getByTestId('check-result').getAttribute('data-stale')).toBe('false');

  act(() => changes.notify());
  const stale = await screen.findByTestId('check-stale');
  expect(stale.textContent).toContain('確認の後にブックが変更されました');
  expect(screen.getByTestId('check-result').getAttribute('data-stale')).toBe('true');
  expect(live()).toBe(messages('ja').clerk.announceStale);
  // Still out of date after switching views and back.
  fireEvent.click(screen.getByRole('tab', { name: '設定' }));
  await screen.findByRole('button', { name: '評価設定に保存' }); // its reading done: one host action at a time
  fireEvent.click(screen.getByRole('tab', { name: '確認' }));
  expect(screen.getByTestId('check-stale')).toBeTruthy();

  fireEvent.click(within(screen.getByTestId('check-stale')).getByRole('button', { name: 'もう一度確認する' }));
  await waitFor(() => expect(screen.getByTestId('check-result').getAttribute('data-stale')).toBe('false'), { timeout: 10_000 });
  expect(screen.queryByTestId('check-stale')).toBeNull();
});

test('a change while Check reads leaves its result marked out of date; no change before any check marks nothing', async () => {
  const { changes, host } = setup();
  act(() => changes.notify());
  expect(screen.queryByTestId('check-stale')).toBeNull();
  const real = host.check;
  host.check = async (o) => {
    const r = await real(o);
    changes.notify(); // the clerk typed while the workbook was being read
    return r;
  };
  await check();
  await screen.findByTestId('check-stale');
});

test('Check announces its counts in the polite live region', async () => {
  const { expected } = setup();
  await check();
  const region = screen.getByTestId('live-region');
  expect(region.getAttribute('aria-live')).toBe('polite');
  expect(region.getAttribute('role')).toBe('status');
  const n = (s: string) => expected.findings.filter((f) => f.severity === s).length;
  await waitFor(() =>
    expect(live()).toBe(`確認しました。指標 ${expected.indicators.length} 件、エラー ${n('error')} 件、警告 ${n('warning')} 件、情報 ${n('info')} 件。`),
  );
});

test('Grade: each changed cell selects itself in Excel; the outcome is announced', async () => {
  const { fake, snapshot } = setup();
  const plan = planRating(snapshot, checkWorkbook(snapshot, { file: 'このブック' }), { overwrite: false });
  expect(plan.cells.length).toBeGreaterThan(1);
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  const list = await screen.findByTestId('changes');
  const links = within(list).getAllByTestId('cell-link');
  expect(links).toHaveLength(plan.cells.length);
  const last = plan.cells[plan.cells.length - 1];
  const link = links.find((l) => l.textContent === `${last.sheet}!${last.cell}`)!;
  expect(link.getAttribute('title')).toBe(`${last.sheet}!${last.cell} を選択`);
  fireEvent.click(link);
  await waitFor(() => expect(fake.data.selected).toEqual({ sheet: last.sheet, address: last.cell }));
  expect(live()).toBe(screen.getByTestId('grade-outcome').textContent);
});

test('次の期間へ changing this workbook: each changed cell selects itself; the outcome is announced', async () => {
  const { fake } = setup();
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('button', { name: '次の期間のブックにする' }));
  fireEvent.click(await screen.findByRole('button', { name: 'このブックを変更する' }));
  await screen.findByTestId('roll-done');
  const links = within(screen.getByTestId('roll-changes')).getAllByTestId('cell-link');
  expect(links.length).toBe(screen.getByTestId('roll-changes').querySelectorAll('li').length);
  const [sheet, cell] = links[1].textContent!.split('!');
  fireEvent.click(links[1]);
  await waitFor(() => expect(fake.data.selected).toEqual({ sheet, address: cell }));
  expect(live()).toBe(screen.getByTestId('roll-done').textContent);
});

test('English: labels, the period as FY, findings from the catalog in English, quotes and asides in English punctuation', async () => {
  const { expected } = setup('en');
  const t = messages('en');
  expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
  await check(t);
  const fy = expected.period!.fiscalYear;
  expect(screen.getByTestId('period').textContent).toBe(`FY${fy}`);
  expect(screen.getByRole('combobox', { name: 'Show indicators' })).toBeTruthy();
  // Grouped by sheet, so in another order than the report's: each item is one finding in English.
  const items = Array.from(document.querySelectorAll('li[data-severity]')).map((li) => li.textContent!);
  expect(items).toHaveLength(expected.findings.length);
  for (const f of expected.findings) {
    const text = renderFinding(f, { lang: 'en', surface: 'excel' });
    const item = items.find((i) => i.endsWith(text) && (!f.indicator || i.includes(`"${f.indicator}" `)));
    expect([text, item]).toEqual([text, expect.any(String)]);
  }
  if (expected.findings.some((f) => !f.sheet)) expect(screen.getByText('(whole workbook)')).toBeTruthy();
  for (const row of screen.getAllByTestId('indicator')) expect(row.textContent).not.toMatch(/[（）：]|令和|年度/);
  await waitFor(() => expect(live()).toMatch(/^Checked\. \d+ indicator\(s\)/));
});

test('periods in English: fiscal years as FY, calendar years, month ends; anything else as written', () => {
  expect(periodInEnglish('R5')).toBe('FY2023');
  expect(periodInEnglish('令和5年度')).toBe('FY2023');
  expect(periodInEnglish('令和元年度')).toBe('FY2019');
  expect(periodInEnglish('2024年度')).toBe('FY2024');
  expect(periodInEnglish('令和6年3月末')).toBe('end of Mar 2024');
  expect(periodInEnglish('R6.3')).toBe('Mar 2024');
  expect(periodInEnglish('令和5年度（見込み）')).toBe('令和5年度（見込み）');
  expect(periodInEnglish('最新')).toBe('最新');
});

test("Undo's outcome appears in a polite live region; in English with English sentences", async () => {
  for (const locale of ['ja', 'en'] as const) {
    const t = messages(locale);
    cleanup();
    setup(locale);
    fireEvent.click(screen.getByRole('tab', { name: t.tabGrade }));
    fireEvent.click(screen.getByRole('button', { name: t.grade }));
    await screen.findByTestId('changes');
    fireEvent.click(screen.getByRole('tab', { name: t.tabUndo }));
    const undo = await screen.findByRole('button', { name: t.undo });
    await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(undo);
    const done = await screen.findByTestId('undo-done');
    // Announced by the polite region it appears in (present before it arrived).
    expect(done.closest('[aria-live="polite"]')?.getAttribute('data-testid')).toBe('undo-live');
    if (locale === 'en') expect(done.textContent).not.toMatch(/[。、「」]/);
    else expect(done.textContent).toMatch(/。$/);
  }
});

test("an indicator's row shows how many findings are about it, with its worst severity's icon", async () => {
  const { expected } = setup();
  const rows = await check();
  let marked = 0;
  expected.indicators.forEach((ind, k) => {
    const about = expected.findings.filter((f) => f.sheet === ind.sheet && f.indicator === ind.name);
    const mark = within(rows[k]).queryByTestId('indicator-findings');
    if (!about.length) return expect(mark).toBeNull();
    marked++;
    expect(mark!.textContent).toBe(String(about.length));
    expect(mark!.getAttribute('title')).toBe(`指摘 ${about.length} 件`);
    const worst = about.some((f) => f.severity === 'error') ? 'error' : about.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    expect(within(mark!).getByTestId(`severity-${worst}`)).toBeTruthy();
  });
  expect(marked).toBeGreaterThan(0);
});
