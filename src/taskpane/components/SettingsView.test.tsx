/**
 * @jest-environment jsdom
 */
/** 設定: the grading scale edited in the form (presets, custom bounds, rows added and removed), checked before anything is written. */
import { webcrypto } from 'node:crypto';
import { TextEncoder as TextEncoderNode } from 'node:util';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { scatteredSheet } from '../../../test/support/samples/scatteredLayout';
import { SETTINGS_SHEET } from '../../engine';
import { messages, type Locale } from '../i18n';
import { SettingsView } from './SettingsView';
import { scaleTexts } from './scaleTexts';

(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoderNode;
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function open(locale: Locale = 'ja') {
  const fake = createFakeExcel(fakeWorkbookFrom([scatteredSheet()]));
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    settings: fake.document.settings,
  });
  const t = messages(locale);
  render(<SettingsView host={host} t={t} locale={locale} />);
  await screen.findByTestId('scale');
  return { fake, host, t, st: scaleTexts(locale) };
}

const st = scaleTexts('ja');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const rows = () => screen.getAllByTestId('scale-row').map((r) => Array.from(r.querySelectorAll('input'), (i) => i.value));
const problems = () => screen.queryAllByTestId('scale-problem').map((p) => p.textContent);

test('the default scale is shown row by row; ◎○△× chosen and saved: 評価設定 holds it, the grade for 未実施 moves to × and says so', async () => {
  const { host, t } = await open();
  expect(rows()).toEqual([
    ['A', '順調', '100'],
    ['B', '概ね順調', '80'],
    ['C', 'やや遅れている', '60'],
    ['D', '遅れている', ''],
  ]);
  fireEvent.change(screen.getByLabelText(st.preset), { target: { value: 'marks' } });
  fireEvent.click(screen.getByRole('button', { name: st.presetApply }));
  expect(rows().map((r) => r[0])).toEqual(['◎', '○', '△', '×']);
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  expect((await screen.findByText(t.saved)).parentElement!.textContent).toContain(st.notImplementedMoved('D', '×'));
  const read = await host.readSettings();
  expect(read.findings).toEqual([]);
  expect(read.rules.scale.map((b) => [b.grade, b.label, b.min, b.points])).toEqual([
    ['◎', '順調', 1, 4],
    ['○', '概ね順調', 0.8, 3],
    ['△', 'やや遅れている', 0.6, 2],
    ['×', '遅れている', null, 1],
  ]);
  expect(read.rules.notImplementedGrade).toBe('×');
});

test('a custom band (S ≥ 110 %) on S–D, a row added and one removed: the bounds and points as typed', async () => {
  const { host, t } = await open();
  fireEvent.change(screen.getByLabelText(st.preset), { target: { value: 'sd' } });
  fireEvent.click(screen.getByRole('button', { name: st.presetApply }));
  type(st.minOf('S'), '１１０%');
  // A sixth grade above the last, then taken out again; E replaces D's name.
  fireEvent.click(screen.getByRole('button', { name: st.addRow }));
  expect(rows()).toHaveLength(6);
  type(st.gradeOf(st.rowLabel(5)), 'X');
  fireEvent.click(screen.getByRole('button', { name: st.removeRow(5, 'X') }));
  type(st.gradeOf(st.rowLabel(5)), 'E');
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await screen.findByText(t.saved);
  const scale = (await host.readSettings()).rules.scale;
  expect(scale.map((b) => [b.grade, b.min, b.points])).toEqual([
    ['S', 1.1, 5],
    ['A', 1, 4],
    ['B', 0.8, 3],
    ['C', 0.6, 2],
    ['E', null, 1],
  ]);
});

test('bounds out of order, a grade twice, a bound missing or unreadable: each said under its row, nothing written', async () => {
  const { fake, t } = await open();
  type(st.minOf('B'), '120');
  type(st.gradeOf(st.rowLabel(3)), 'A');
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await waitFor(() => expect(problems()).toHaveLength(2));
  expect(problems()).toEqual([st.order('B', '120', 'A', '100'), st.repeatedGrade('A', 3, 1)]);
  expect(fake.data.sheet(SETTINGS_SHEET)).toBeUndefined();

  type(st.minOf('B'), '');
  type(st.gradeOf(st.rowLabel(3)), 'C');
  type(st.minOf('A'), '8O');
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await waitFor(() => expect(problems()).toEqual([st.badMin('A', '8O'), st.emptyMin('B')]));
  fireEvent.click(screen.getByRole('button', { name: st.removeRow(1, 'A') }));
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await waitFor(() => expect(problems()).toEqual([st.emptyMin('B')]));
  expect(screen.getByRole('button', { name: st.removeRow(1, 'B') }).hasAttribute('disabled')).toBe(false);
  fireEvent.click(screen.getByRole('button', { name: st.removeRow(1, 'B') }));
  // Two grades left: neither can be removed.
  expect(rows()).toEqual([
    ['C', 'やや遅れている', '60'],
    ['D', '遅れている', ''],
  ]);
  expect(screen.getByRole('button', { name: st.removeRow(1, 'C') }).hasAttribute('disabled')).toBe(true);
  type(st.minOf('C'), 'abc');
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await waitFor(() => expect(problems()).toEqual([st.badMin('C', 'abc')]));
  expect(fake.data.sheet(SETTINGS_SHEET)).toBeUndefined();
});

test('in English: the scale’s words and messages are English', async () => {
  const { t, st: en } = await open('en');
  expect(screen.getByText(en.title)).toBeTruthy();
  type(en.gradeOf(en.rowLabel(2)), '');
  fireEvent.click(screen.getByRole('button', { name: t.save }));
  await waitFor(() => expect(problems()).toEqual([en.emptyGrade(2)]));
  expect(problems()[0]).toBe('Row 2: enter the grade (its symbol).');
});
