/**
 * @jest-environment jsdom
 */
/**
 * The pane asks before it changes the workbook (a dialog with the counts) and says honestly what
 * it did, what it did not and why. Each test is named after the defect it guards against.
 */
import { webcrypto } from 'node:crypto';
import { TextDecoder as TextDecoderNode, TextEncoder as TextEncoderNode } from 'node:util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { loadWorkbook } from '../../adapters/xlsx/openWorkbook';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { UNDO_SHEET } from '../../adapters/officejs/undoRecord';
import { createFakeExcel, fakeWorkbookFrom, type FakeWorkbookData } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { checkWorkbook, planRating, planRoll, SUMMARY_SHEET } from '../../engine';
import type { SubmissionReader } from '../submissionReader';
import { App } from './App';

// jsdom has neither TextDecoder nor TextEncoder (browsers and web workers do).
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= TextDecoderNode;
// Web Crypto signs the undo record, as in Office's webviews; jsdom has no crypto.subtle.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoderNode;
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const noReader: SubmissionReader = { read: async () => ({ kind: 'skipped' }), cancel: () => {} };
const demoSnapshot = () => workbookSnapshot(buildWorkbook(demoWorkbookSpecs()));
const demo = () => fakeWorkbookFrom(demoSnapshot().sheets);

function setup(data: FakeWorkbookData = demo()) {
  const fake = createFakeExcel(data);
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    newWorkbook: { document: fake.document, createWorkbook: fake.createWorkbook },
  });
  render(<App host={host} reader={noReader} locale="ja" dark={false} />);
  return fake;
}

/** Every cell of the fake workbook, to tell that nothing changed. */
const contents = (data: FakeWorkbookData) =>
  JSON.stringify(data.sheets.map((s) => [s.name, s.protected, [...s.cells].map(([a, c]) => [a, c.value, c.formula ?? null])]));

const rollExpected = () => {
  const snap = demoSnapshot();
  const result = checkWorkbook(snap, { file: 'このブック' });
  return planRoll(snap, result, result.report.period!.fiscalYear + 1);
};

/** Waits for the first of these test ids to appear (the old pane showed its result at once, the new one asks first). */
const firstOf = (...ids: string[]) =>
  waitFor(() => {
    const el = ids.map((id) => screen.queryByTestId(id)).find(Boolean);
    expect(el).toBeTruthy();
    return el!;
  });

async function openRollDialog() {
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('button', { name: '次の期間のブックにする' }));
  await firstOf('roll-confirm', 'roll-done');
  return screen.getByTestId('roll-confirm');
}

test('次の期間へ changed the open workbook at once: it now asks first, with the number of cells, and cancel changes nothing', async () => {
  const expected = rollExpected();
  const fake = setup();
  const before = contents(fake.data);
  fireEvent.click(screen.getByRole('tab', { name: '年次・月次' }));
  fireEvent.click(screen.getByRole('button', { name: '次の期間のブックにする' }));
  await firstOf('roll-confirm', 'roll-done');
  // Nothing written while the clerk reads the question.
  expect(contents(fake.data)).toBe(before);
  const dialog = screen.getByTestId('roll-confirm');
  expect(dialog.textContent).toContain(`${expected.changes.length} 個のセルを書き換えます`);
  expect(dialog.textContent).toContain(`${expected.from.label} から ${expected.to.label}`);
  fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
  await screen.findByTestId('roll-cancelled');
  expect(screen.queryByTestId('roll-confirm')).toBeNull();
  expect(contents(fake.data)).toBe(before);
  expect(fake.data.createdWorkbooks).toHaveLength(0);
});

test("次の期間へ makes the next period's workbook as a new workbook (getFileAsync + createWorkbook): the open one stays as it was", async () => {
  const expected = rollExpected();
  const fake = setup();
  const before = contents(fake.data);
  const dialog = await openRollDialog();
  fireEvent.click(within(dialog).getByRole('button', { name: '新しいブックとして作る' }));
  await waitFor(() => expect(screen.queryByTestId('roll-done') ?? screen.queryByRole('alert')).not.toBeNull(), { timeout: 15000 });
  expect(screen.queryByRole('alert')?.textContent ?? null).toBeNull();
  expect(screen.getByTestId('roll-done').getAttribute('data-target')).toBe('new');
  expect(screen.getByTestId('roll-done').textContent).toContain('このブックは変更していません');
  expect(contents(fake.data)).toBe(before);
  expect(fake.data.openFiles).toBe(0); // the file was given back to Office
  expect(fake.data.createdWorkbooks).toHaveLength(1);
  const made = await loadWorkbook(fake.data.createdWorkbooks[0].bytes, 'new.xlsx');
  const cellOf = (sheet: string, cell: string) => {
    const s = made.snapshot.sheets.find((x) => x.name === sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return s.values[Number(m[2]) - s.top]?.[col - s.left] ?? null;
  };
  for (const c of expected.changes) expect([c.sheet, c.cell, cellOf(c.sheet, c.cell)]).toEqual([c.sheet, c.cell, c.after === '' ? null : c.after]);
  // The new workbook is next period's: checking it gives the next period.
  expect(checkWorkbook(made.snapshot, {}).report.period?.label).toBe(expected.to.label);
});

test('次の期間へ where Excel cannot hand over the file (no CompressedFile 1.1, as on an iPad): the dialog says a new workbook cannot be made and offers only changing this one', async () => {
  const data = demo();
  data.compressedFile = false;
  setup(data);
  const dialog = await openRollDialog();
  expect(dialog.textContent).toContain('CompressedFile 1.1');
  expect(within(dialog).queryByRole('button', { name: '新しいブックとして作る' })).toBeNull();
  fireEvent.click(within(dialog).getByRole('button', { name: 'このブックを変更する' }));
  await screen.findByTestId('roll-done');
  expect(screen.getByTestId('roll-done').getAttribute('data-target')).toBe('open');
});

test('「記入済みの評価を置き換える」 was a bare checkbox: Grade now asks with the counts of cells filled and grades replaced; cancel writes nothing', async () => {
  const snap = demoSnapshot();
  const plan = planRating(snap, checkWorkbook(snap, { file: 'このブック' }), { overwrite: true });
  const replaced = plan.cells.filter((c) => c.previous !== null && c.previous !== '').length;
  expect(replaced).toBeGreaterThan(0);
  const fake = setup();
  const before = contents(fake.data);
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /置き換える/ }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  await firstOf('grade-confirm', 'changes');
  expect(contents(fake.data)).toBe(before);
  const dialog = screen.getByTestId('grade-confirm');
  expect(dialog.textContent).toContain(`${plan.cells.length - replaced} 個の空欄に評価を記入し、${replaced} 個の記入済みの評価を計算結果で置き換えます。`);
  fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
  await screen.findByTestId('grade-cancelled');
  expect(contents(fake.data)).toBe(before);
  // Confirmed, it writes exactly the plan it showed.
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  // The dialog's surface stays aria-hidden while it opens (Fluent's transition), which on a loaded machine outlasted a 5 s wait
  // (a clean clone's CI run): the button is found whether or not the transition has ended, and its click is the same.
  fireEvent.click(await within(await screen.findByTestId('grade-confirm')).findByRole('button', { name: '置き換えて記入する', hidden: true }));
  await screen.findByTestId('grade-outcome');
  for (const c of plan.cells) expect([c.cell, fake.data.value(c.sheet, c.cell)]).toEqual([c.cell, c.value]);
});

test('Grade on protected sheets showed a green 「記入するセルはありませんでした」: it now warns which cells were not written and why', async () => {
  const snap = demoSnapshot();
  const sheets = snap.sheets.map((s) => (s.name === '評価設定' ? s : { ...s, protected: true }));
  const fake = setup(fakeWorkbookFrom(sheets));
  const blockedCells = planRating(snap, checkWorkbook(snap, { file: 'このブック' })).cells;
  expect(blockedCells.length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  await screen.findByTestId('changes');
  expect(screen.queryByText('記入するセルはありませんでした。')).toBeNull();
  const outcome = screen.getByTestId('grade-outcome');
  expect(outcome.getAttribute('data-intent')).toBe('warning');
  expect(outcome.textContent).toContain(`書き込めなかった評価 ${blockedCells.length} 個`);
  for (const c of blockedCells) expect(outcome.textContent).toContain(`${c.sheet}!${c.cell}`);
  expect(outcome.textContent).toMatch(/保護され.*ロックされている/);
  for (const c of blockedCells) expect(fake.data.value(c.sheet, c.cell)).toBe(c.previous ?? '');
});

test('Grade on a workbook with no indicators added a 評価サマリー: it now writes nothing and warns why', async () => {
  const fake = setup(fakeWorkbookFrom([{ name: 'メモ', values: [['打合せメモ'], ['来週までに資料を用意する']] }]));
  const before = contents(fake.data);
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  fireEvent.click(screen.getByRole('button', { name: '評価を記入する' }));
  await screen.findByTestId('changes');
  expect(fake.data.sheet(SUMMARY_SHEET)).toBeUndefined();
  const outcome = screen.getByTestId('grade-outcome');
  expect(outcome.getAttribute('data-intent')).toBe('warning');
  expect(outcome.textContent).toContain('指標が見つからなかったため、何も書き込んでいません');
  expect(fake.data.sheet(UNDO_SHEET)).toBeUndefined();
  expect(contents(fake.data)).toBe(before);
});

async function saveSettingsThenUndo() {
  fireEvent.click(screen.getByRole('tab', { name: '設定' }));
  fireEvent.change(await screen.findByLabelText(/B の下限/), { target: { value: '75' } });
  fireEvent.click(screen.getByRole('button', { name: '評価設定に保存' }));
  await screen.findByText('保存しました。');
  fireEvent.click(screen.getByRole('tab', { name: '元に戻す' }));
  const undo = await screen.findByRole('button', { name: '直前の記入を元に戻す' });
  await waitFor(() => expect((undo as HTMLButtonElement).disabled).toBe(false));
  return undo;
}

test('Undo of a settings change reported 「セル 0 個」 though it restored the sheet: it now counts the sheet and its cells', async () => {
  const fake = setup();
  const settingsCells = [...fake.data.sheet('評価設定')!.cells.values()].filter((c) => c.value !== '').length;
  const undo = await saveSettingsThenUndo();
  expect(screen.getByText(/直前の操作：評価設定の変更/).textContent).toContain('シート「評価設定」を置き換え');
  fireEvent.click(undo);
  const done = (await screen.findByText(/元に戻しました/)).closest('div')!;
  expect(done.textContent).not.toContain('セル 0 個');
  expect(done.textContent).toContain(`シート「評価設定」を元の内容（値のあるセル ${settingsCells} 個）に戻しました`);
  const reread = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: false });
  expect((await reread.readSettings()).rules.scale[1].min).toBe(0.8);
});

test('After an undo 「元に戻せる操作はありません」 showed above its success message: the outcome comes first, the empty state is not shown with it', async () => {
  setup();
  const undo = await saveSettingsThenUndo();
  fireEvent.click(undo);
  await screen.findByText(/元に戻しました/);
  // Let the pane re-read the (now empty) undo record.
  await waitFor(() => expect((screen.getByRole('button', { name: '直前の記入を元に戻す' }) as HTMLButtonElement).disabled).toBe(true));
  expect(screen.queryByText('元に戻せる操作はありません。')).toBeNull();
  const done = screen.getByTestId('undo-done');
  const section = screen.getByRole('region', { name: '元に戻す' });
  expect(section.firstElementChild?.contains(done)).toBe(true);
});
