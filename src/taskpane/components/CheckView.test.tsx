/**
 * @jest-environment jsdom
 */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { sheet } from '../../../test/helpers/workbooks';
import type { SheetSpec } from '../../engine/model/plan';
import { checkWorkbook } from '../../engine';
import { App } from './App';
import { messages } from '../i18n';
import { indicatorCells } from './IndicatorList';
import type { SubmissionReader } from '../submissionReader';

const noReader: SubmissionReader = { read: () => Promise.reject(new Error('not used')), cancel: () => {} };

function setup(specs: SheetSpec[] = demoWorkbookSpecs()) {
  const snapshot = workbookSnapshot(buildWorkbook(specs));
  const fake = createFakeExcel(fakeWorkbookFrom(snapshot.sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  const selectCells = jest.spyOn(host, 'selectCells');
  render(<App host={host} reader={noReader} locale="ja" dark={false} />);
  return { fake, selectCells, expected: checkWorkbook(snapshot, { file: 'このブック' }).report };
}

async function check() {
  fireEvent.click(screen.getByRole('button', { name: 'ブックを確認する' }));
  return screen.findAllByTestId('indicator');
}

test('Check lists every indicator by sheet with its figures and grade; selecting one selects the cells it was read from', async () => {
  const { fake, selectCells, expected } = setup();
  const rows = await check();
  expect(rows).toHaveLength(expected.indicators.length);
  const sheets = [...new Set(expected.indicators.map((i) => i.sheet))];
  expect(screen.getAllByTestId('indicator-group').map((g) => g.querySelector('h2')?.textContent)).toEqual(sheets);
  expect(expected.indicators.some((i) => i.actualStatus !== 'value')).toBe(true);
  expected.indicators.forEach((i, k) => {
    expect(rows[k].textContent).toContain(i.name);
    expect(within(rows[k]).getByTestId('indicator-grade').textContent).toBe(i.grade ?? '評価なし');
    if (i.actualPeriod) expect(rows[k].textContent).toContain(`（${i.actualPeriod}）`);
    // No figure says why (未入力, 未実施 …); a figure that is not final says so.
    if (i.actualStatus !== 'value') expect(rows[k].textContent).toContain(messages('ja').readStatus[i.actualStatus]);
  });

  const graded = expected.indicators.findIndex((i) => i.grade !== null && i.cells.target && i.cells.actual);
  const ind = expected.indicators[graded];
  fireEvent.click(screen.getByRole('button', { name: `「${ind.name}」を読み取ったセルを選択` }));
  const own = indicatorCells(ind)[0];
  expect(own.sheet).toBe(ind.sheet);
  expect(own.cells).toEqual(expect.arrayContaining([ind.cells.name, ind.cells.target, ind.cells.actual]));
  expect(selectCells).toHaveBeenCalledWith(ind.sheet, own.cells);
  await waitFor(() => expect(fake.data.selected).toEqual({ sheet: ind.sheet, address: own.cells.join(',') }));
});

test('the result stays when switching views and back', async () => {
  const { expected } = setup();
  await check();
  fireEvent.click(screen.getByRole('tab', { name: '評価を記入' }));
  expect(screen.queryAllByTestId('indicator')).toHaveLength(0);
  fireEvent.click(screen.getByRole('tab', { name: '確認' }));
  expect(screen.getAllByTestId('indicator')).toHaveLength(expected.indicators.length);
  expect(screen.getByTestId('period').textContent).toBe(expected.period?.label);
});

test('a reading that rests on a guess is marked; actuals joined from another sheet are a second link selecting there; findings name their indicator', async () => {
  const { fake, selectCells } = setup([
    sheet('目標値', [
      ['ID', '指標名', '単位', 'R5'],
      ['K-01', '観光入込客数', '千人', 1330],
      ['K-02', '図書館貸出冊数', '冊', 200000],
    ]),
    sheet('実績値', [
      ['指標名', 'R4', 'R5'],
      ['観光入込客数（延べ）', 1039, 1221],
      ['図書館貸出冊数', 180000, 150000],
    ]),
  ]);
  const rows = await check();
  expect(rows.map((r) => r.getAttribute('data-guessed'))).toEqual(['true', 'false']);
  expect(within(rows[0]).getByTestId('indicator-guessed').textContent).toContain('推測あり');
  expect(within(rows[1]).queryByTestId('indicator-guessed')).toBeNull();

  fireEvent.click(within(rows[0]).getByRole('button', { name: '実績値 のセル' }));
  expect(selectCells).toHaveBeenLastCalledWith('実績値', ['C2', 'C1']);
  await waitFor(() => expect(fake.data.selected).toEqual({ sheet: '実績値', address: 'C2,C1' }));
  fireEvent.click(within(rows[0]).getByRole('button', { name: '「観光入込客数」を読み取ったセルを選択' }));
  expect(selectCells).toHaveBeenLastCalledWith('目標値', ['B2', 'C2', 'D2']);

  const uncertain = document.querySelector('li[data-severity="warning"]');
  expect(uncertain?.textContent).toContain('「観光入込客数」');
});
