/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../fake-excel/fakeExcel';
import { demoWorkbookSpecs } from '../../samples/demoWorkbook';
import { App } from './App';

// jsdom has no ResizeObserver (Fluent's tab indicator uses one).
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function setup(locale: 'ja' | 'en' = 'ja') {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  render(<App host={host} locale={locale} dark={false} />);
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
