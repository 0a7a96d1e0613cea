/**
 * @jest-environment jsdom
 */
/**
 * Issue 16, item 3: the entries saved in 評価設定 (読み取りの指定) listed in 読み取りを修正, each
 * selectable and removable: a removal takes out exactly that entry's row (評価設定 otherwise as it
 * was), the next check reads without it, Undo puts it back; a protected 評価設定 is said and left alone.
 */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { scatteredSheet, singleSheet } from '../../../test/support/samples/scatteredLayout';
import { SETTINGS_SHEET } from '../../engine';
import { TeachView } from './TeachView';
import { teachTexts, type TeachField } from './teachTexts';

function workbook() {
  const fake = createFakeExcel(fakeWorkbookFrom([scatteredSheet(), singleSheet()]));
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    settings: fake.document.settings,
  });
  return { fake, host };
}
type Fake = ReturnType<typeof workbook>['fake'];

const tt = teachTexts('ja');

/** Selects `address` on `sheet` in the fake Excel and presses the field's button. */
async function take(fake: Fake, sheet: string, field: TeachField, address: string) {
  fake.data.selected = { sheet, address };
  fireEvent.click(screen.getByRole('button', { name: tt.take(tt.field[field]) }));
  await waitFor(() => expect((screen.getByRole('textbox', { name: tt.field[field] }) as HTMLInputElement).value).toBe(address));
}

async function saveEntry(fake: Fake, sheet: string, fields: [TeachField, string][]) {
  fireEvent.click(screen.getByRole('button', { name: tt.clear }));
  for (const [f, a] of fields) await take(fake, sheet, f, a);
  const listed = screen.queryAllByTestId('taught-entry').length;
  fireEvent.click(screen.getByRole('button', { name: tt.save }));
  await screen.findByTestId('teach-saved');
  // The list is read again after a save (the host runs one action at a time).
  await waitFor(() => expect(screen.getAllByTestId('taught-entry')).toHaveLength(listed + 1));
}

/** Both entries taught through the form, as a clerk would. */
async function teachTwo(fake: Fake) {
  await screen.findByText(tt.listEmpty);
  await saveEntry(fake, '事業メモ', [
    ['names', 'J4:J6'],
    ['targets', 'B4:B6'],
    ['actuals', 'D4:D6'],
    ['unit', 'K4:K6'],
    ['period', 'D2'],
    ['grade', 'L4:L6'],
  ]);
  await saveEntry(fake, '補足', [
    ['names', 'B2'],
    ['targets', 'E3'],
    ['actuals', 'F3'],
    ['period', 'E2'],
  ]);
  await waitFor(() => expect(screen.getAllByTestId('taught-entry')).toHaveLength(2));
}

/** Every cell of 評価設定, A1 → value. */
function settingsCells(fake: Fake): Record<string, unknown> {
  return Object.fromEntries([...fake.data.sheet(SETTINGS_SHEET)!.cells].filter(([, c]) => c.value !== '').map(([a, c]) => [a, c.value]));
}

const names = (r: Awaited<ReturnType<ReturnType<typeof workbook>['host']['check']>>) => r.report.indicators.map((i) => i.name);

test('two entries listed readably; removing one takes out its row only, the next check reads without it, Undo puts it back', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="ja" />);
  await teachTwo(fake);
  const [memo, extra] = screen.getAllByTestId('taught-entry').map((li) => li.textContent);
  expect(memo).toContain('シート「事業メモ」（評価設定!A');
  expect(memo).toContain('指標名のセル J4:J6（3件）、目標のセル B4:B6、実績のセル D4:D6、単位 K4:K6、期間の見出し D2、評価のセル L4:L6');
  expect(extra).toContain('指標名のセル B2（1件）、目標のセル E3、実績のセル F3、期間の見出し E2');
  expect(names(await host.check())).toEqual(['相談件数', '講座の参加者数', '見守り訪問の回数', 'ボランティア登録者']);

  // The clerk's own note in 評価設定, which EvalSheet never wrote: a removal leaves it (the sheet is not rewritten).
  fake.data.sheet(SETTINGS_SHEET)!.cells.set('F2', { value: '担当：企画課' });
  host.invalidate();
  const before = settingsCells(fake);
  const memoRow = Number(/評価設定!A(\d+)/.exec(memo!)![1]);
  fireEvent.click(screen.getByRole('button', { name: tt.removeEntry('事業メモ', 'J4:J6') }));
  expect((await screen.findByTestId('taught-removal')).textContent).toBe(tt.removed('事業メモ', 'J4:J6', `評価設定!A${memoRow}`, 1));
  await waitFor(() => expect(screen.getAllByTestId('taught-entry')).toHaveLength(1));
  expect(screen.getByTestId('taught-entry').textContent).toContain(`シート「補足」（評価設定!A${memoRow} の行）`);

  // 評価設定 is what it was with the one row deleted: rows above as they were, 補足's row one up, nothing below.
  const after = settingsCells(fake);
  const expected: Record<string, unknown> = {};
  for (const [a, v] of Object.entries(before)) {
    const row = Number(/\d+$/.exec(a)![0]);
    if (row < memoRow) expected[a] = v;
    else if (row > memoRow) expected[a.replace(/\d+$/, String(row - 1))] = v;
  }
  expect(after).toEqual(expected);
  expect(after.F2).toBe('担当：企画課');
  expect(await host.lastRun()).toMatchObject({ action: '評価設定の変更', addedSheets: [], replacedSheets: [] });
  expect(names(await host.check())).toEqual(['ボランティア登録者']);

  await host.undo();
  expect(settingsCells(fake)).toEqual(before);
  expect(names(await host.check())).toEqual(['相談件数', '講座の参加者数', '見守り訪問の回数', 'ボランティア登録者']);
});

test('「選択」 selects the entry’s cells on its sheet (not a unit or period written out)', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="ja" />);
  await teachTwo(fake);
  fireEvent.click(screen.getByRole('button', { name: tt.selectEntry('事業メモ', 'J4:J6') }));
  await waitFor(() => expect(fake.data.selected).toEqual({ sheet: '事業メモ', address: 'J4:J6,B4:B6,D4:D6,K4:K6,D2,L4:L6' }));
  expect(fake.data.activeSheet).toBe('事業メモ');
});

test('評価設定 protected: the removal is refused with a message, nothing is written, the list stays', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="ja" />);
  await teachTwo(fake);
  const before = settingsCells(fake);
  const undoBefore = await host.lastRun();
  fake.data.sheet(SETTINGS_SHEET)!.protected = true;
  host.invalidate();
  fireEvent.click(screen.getByRole('button', { name: tt.removeEntry('補足', 'B2') }));
  expect((await screen.findByTestId('taught-removal')).textContent).toBe(tt.removeProtected);
  expect(settingsCells(fake)).toEqual(before);
  expect(await host.lastRun()).toEqual(undoBefore);
  expect(screen.getAllByTestId('taught-entry')).toHaveLength(2);
});

test('in English: the list and the removal are worded in English; an entry changed in Excel meanwhile is not removed', async () => {
  const { fake, host } = workbook();
  const en = teachTexts('en');
  await host.teach.save([{ sheet: '補足', names: 'B2', actuals: 'F3', unit: '人' }]);
  render(<TeachView host={host} locale="en" />);
  const item = await screen.findByTestId('taught-entry');
  expect(screen.getByText(en.listTitle(1))).toBeTruthy();
  expect(item.textContent).toContain('Sheet “補足” (row 評価設定!A');
  expect(item.textContent).toContain('Name cells B2 (1); Actual cells F3; Unit 人');
  // Someone edits the row in Excel after the list was shown: the listed entry is no longer there.
  const row = Number(/A(\d+)/.exec(item.textContent!)![1]);
  fake.data.sheet(SETTINGS_SHEET)!.cells.set(`D${row}`, { value: 'F4' });
  host.invalidate();
  const before = settingsCells(fake);
  fireEvent.click(within(item).getByRole('button', { name: en.removeEntry('補足', 'B2') }));
  expect((await screen.findByTestId('taught-removal')).textContent).toBe(en.removeMissing);
  expect(settingsCells(fake)).toEqual(before);
});
