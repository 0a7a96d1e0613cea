/**
 * @jest-environment jsdom
 */
/** Issue 16, item 3: a layout the reader cannot read, taught in the pane by selecting cells, then checked, rated, rolled and undone. */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { scatteredSheet, singleSheet } from '../../../test/support/samples/scatteredLayout';
import { SETTINGS_SHEET } from '../../engine';
import { TeachView } from './TeachView';
import { teachTexts } from './teachTexts';

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

const tt = teachTexts('ja');

/** Selects `address` on 事業メモ in the fake Excel and presses the field's button. */
async function teach(fake: ReturnType<typeof workbook>['fake'], field: keyof typeof tt.field, address: string) {
  fake.data.selected = { sheet: '事業メモ', address };
  fireEvent.click(screen.getByRole('button', { name: tt.take(tt.field[field]) }));
  await waitFor(() => expect((screen.getByRole('textbox', { name: tt.field[field] }) as HTMLInputElement).value).toBe(address));
}

const facts = (r: Awaited<ReturnType<ReturnType<typeof workbook>['host']['check']>>) =>
  r.report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualPeriod, i.grade]);

test('taught by selecting cells: saved in 評価設定, then checked, rated and rolled to the next year', async () => {
  const { fake, host } = workbook();
  expect((await host.check()).report.indicators).toEqual([]);
  render(<TeachView host={host} locale="ja" />);
  await teach(fake, 'names', 'J4:J6');
  expect(screen.getByTestId('teach-sheet').textContent).toContain('指標 3 件');
  await teach(fake, 'targets', 'B4:B6');
  await teach(fake, 'actuals', 'D4:D6');
  await teach(fake, 'unit', 'K4:K6');
  await teach(fake, 'period', 'D2');
  await teach(fake, 'grade', 'L4:L6');
  fireEvent.click(screen.getByRole('button', { name: tt.save }));
  expect((await screen.findByTestId('teach-saved')).textContent).toContain('シート「事業メモ」の指標名 J4:J6');
  expect(fake.data.sheet(SETTINGS_SHEET)).toBeTruthy();

  const checked = await host.check();
  expect(facts(checked)).toEqual([
    ['相談件数', '件', 120, 100, 'R5', 'B'],
    ['講座の参加者数', '人', 40, 46, 'R5', 'A'],
    ['見守り訪問の回数', '回', 300, 240, 'R5', 'B'],
  ]);
  const graded = await host.grade({ overwrite: false });
  expect(graded).toBeTruthy();
  expect(['L4', 'L5', 'L6'].map((c) => fake.data.sheet('事業メモ')!.cells.get(c)?.value)).toEqual(['B', 'A', 'B']);

  await host.roll({ target: 'open' });
  // The clerk enters next year's first actual under R6結果.
  fake.data.sheet('事業メモ')!.cells.set('H4', { value: 125 });
  host.invalidate();
  const next = await host.check();
  expect(next.report.period?.fiscalYear).toBe(2024);
  expect(facts(next)[0]).toEqual(['相談件数', '件', 130, 125, 'R6', 'B']);
});

test('what cannot be saved is said, naming the cells, and nothing is written', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="ja" />);
  await teach(fake, 'names', 'J4:J6');
  await teach(fake, 'actuals', 'D4:D5');
  fireEvent.click(screen.getByRole('button', { name: tt.save }));
  expect((await screen.findByTestId('teach-refused')).textContent).toContain('実績のセル D4:D5（2個）と指標名のセル J4:J6（3個）の数が合いません');
  expect(fake.data.sheet(SETTINGS_SHEET)).toBeFalsy();
});

test('a selection on another sheet than the names is refused with the two sheets named', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="en" />);
  const en = teachTexts('en');
  fake.data.selected = { sheet: '事業メモ', address: 'J4:J6' };
  fireEvent.click(screen.getByRole('button', { name: en.take(en.field.names) }));
  await waitFor(() => expect((screen.getByRole('textbox', { name: en.field.names }) as HTMLInputElement).value).toBe('J4:J6'));
  fake.data.selected = { sheet: '補足', address: 'E3' };
  fireEvent.click(screen.getByRole('button', { name: en.take(en.field.targets) }));
  expect((await screen.findByRole('alert')).textContent).toBe(en.otherSheet('補足', '事業メモ'));
});

test('saving is undone like the other writes: 評価設定 goes, and the reader is back to reading nothing', async () => {
  const { fake, host } = workbook();
  render(<TeachView host={host} locale="ja" />);
  await teach(fake, 'names', 'J4:J6');
  await teach(fake, 'actuals', 'D4:D6');
  fireEvent.click(screen.getByRole('button', { name: tt.save }));
  await screen.findByTestId('teach-saved');
  expect((await host.check()).report.indicators.map((i) => i.actual)).toEqual([100, 46, 240]);
  await host.undo();
  expect(fake.data.sheet(SETTINGS_SHEET)).toBeFalsy();
  expect((await host.check()).report.indicators).toEqual([]);
});
