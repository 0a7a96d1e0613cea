/**
 * @jest-environment jsdom
 */
import { TextDecoder as TextDecoderNode } from 'node:util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../fake-excel/fakeExcel';
import { demoWorkbookSpecs } from '../../samples/demoWorkbook';
import { App } from './App';
import { checkSubmission } from '../../adapters/xlsx/submission';
import { fileBytes } from './ReviewView';
import type { SubmissionReader } from '../submissionReader';
import { reviewTestSubmissions } from '../../samples/submissions';
import { checkWorkbook, planRoll } from '../../engine';

// jsdom has no TextDecoder (browsers and web workers do).
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= TextDecoderNode;

// jsdom has no ResizeObserver (Fluent's tab indicator uses one).
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** The review's reader, in this thread (the pane uses a web worker). */
const inThreadReader: SubmissionReader = {
  read: async (file, o) => checkSubmission(await fileBytes(file), o.display, { period: o.period }),
  cancel: () => {},
};

function setup(locale: 'ja' | 'en' = 'ja') {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  render(<App host={host} reader={inThreadReader} locale={locale} dark={false} />);
  return fake;
}

test('Check shows the period, the counts and the findings by sheet; a finding selects its cell', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('button', { name: 'ブックを確認する' }));
  await screen.findByTestId('period');
  expect(screen.getByTestId('period').textContent).toMatch(/年度/);
  const groups = await screen.findAllByTestId('finding-group');
  expect(groups.length).toBeGreaterThan(0);
  const link = screen.getAllByTitle('セルへ移動')[0];
  fireEvent.click(link);
  await waitFor(() => expect(fake.data.selected?.address).toBe(link.textContent));
});

test('the severity filter hides the other findings', async () => {
  setup();
  fireEvent.click(screen.getByRole('button', { name: 'ブックを確認する' }));
  await screen.findAllByTestId('finding-group');
  const all = document.querySelectorAll('li[data-severity]').length;
  fireEvent.change(screen.getByRole('combobox'), { target: { value: 'error' } });
  const errors = document.querySelectorAll('li[data-severity]');
  expect(Array.from(errors).every((e) => e.getAttribute('data-severity') === 'error')).toBe(true);
  expect(errors.length).toBeLessThan(all);
});

test('Grade lists what it changed; Undo takes it back', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  const list = await screen.findByTestId('changes');
  expect(list.querySelectorAll('li').length).toBeGreaterThan(0);
  expect(fake.data.sheet('評価サマリー')).toBeDefined();
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  expect(fake.data.sheet('評価サマリー')).toBeUndefined();
});

test('Settings refuses bounds that do not decrease, then saves valid ones', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '設定' }));
  const a = await screen.findByLabelText(/A の下限/);
  const b = screen.getByLabelText(/B の下限/);
  fireEvent.change(b, { target: { value: '120' } });
  fireEvent.click(screen.getByRole('button', { name: '評価設定に保存' }));
  await screen.findByText(/下限は上の評価ほど大きく/);
  const reread = () => createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: false }).readSettings();
  expect((await reread()).rules.scale[1].min).toBe(0.8);
  fireEvent.change(a, { target: { value: '100' } });
  fireEvent.change(b, { target: { value: '75' } });
  fireEvent.click(screen.getByRole('button', { name: '評価設定に保存' }));
  await screen.findByText('保存しました。');
  expect((await reread()).rules.scale[1].min).toBe(0.75);
});

test('English labels when Office is in English', () => {
  setup('en');
  expect(screen.getByRole('button', { name: 'Check workbook' })).toBeTruthy();
});

test('一括チェック: chosen files are read one by one, the four sheets are written, an unreadable file is listed', async () => {
  const fake = setup();
  fireEvent.click(screen.getByRole('tab', { name: '一括チェック' }));
  const files: File[] = [];
  for (const s of reviewTestSubmissions().slice(0, 3)) {
    const bytes = (await buildWorkbook(s.specs).xlsx.writeBuffer()) as ArrayBuffer;
    files.push(new File([bytes], s.path.split('/').pop()!));
  }
  files.push(new File(['指標,実績\n'], '壊れた.xlsx'));
  files.push(new File(['lock'], '~$ロック.xlsx'));
  fireEvent.change(screen.getByTestId('review-files'), { target: { files } });
  expect(screen.getByText('4 件のファイル')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '一括チェックを始める' }));
  await screen.findByTestId('review-done', {}, { timeout: 15000 });
  expect(screen.getByTestId('review-done').textContent).toContain('読み込んだブック 3 件、読み込めなかったブック 1 件');
  const names = fake.data.sheets.map((s) => s.name);
  for (const n of ['提出状況一覧', '指摘事項', '評価一覧', '集計']) expect(names).toContain(n);
  expect(fake.data.value('提出状況一覧', 'A5')).toBe('読込不可');
  expect(fake.data.value('提出状況一覧', 'C5')).toBe('壊れた.xlsx');
});

test('次の期間へ rolls the open workbook: every change listed and made in the workbook, undone by Undo', async () => {
  const snapshot = workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
  const expected = planRoll(snapshot, checkWorkbook(snapshot, { file: 'このブック' }), checkWorkbook(snapshot, {}).report.period!.fiscalYear + 1);
  expect(expected.changes.length).toBeGreaterThan(0);
  const fake = setup();
  const before = expected.changes.map((c) => fake.data.value(c.sheet, c.cell));
  fireEvent.click(screen.getByRole('tab', { name: '次の期間へ' }));
  fireEvent.click(screen.getByRole('button', { name: '次の期間のブックにする' }));
  await screen.findByTestId('roll-done');
  expect(screen.getByTestId('roll-done').textContent).toContain(`${expected.from.label} から ${expected.to.label}`);
  expect(screen.getByTestId('roll-changes').querySelectorAll('li')).toHaveLength(expected.changes.length);
  // Excel gives an emptied cell as "".
  for (const c of expected.changes) expect([c.cell, fake.data.value(c.sheet, c.cell)]).toEqual([c.cell, c.after ?? '']);
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  expect(expected.changes.map((c) => fake.data.value(c.sheet, c.cell))).toEqual(before);
});
