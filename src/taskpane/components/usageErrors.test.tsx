/**
 * @jest-environment jsdom
 */
/**
 * A usage error (here: no period to roll from) reaches the pane as its code and params and is shown
 * in the pane's language: English words in the English pane, the Japanese in the Japanese one.
 */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, HostUsageError, type ExcelRun } from '../../adapters/officejs/host';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { sheet } from '../../../test/helpers/workbooks';
import { renderUsage } from '../../engine/model/usageText';
import { messages } from '../i18n';
import { App } from './App';
import { errorText } from './shared';
import type { SubmissionReader } from '../submissionReader';

const noReader: SubmissionReader = { read: async () => ({ kind: 'skipped' }), cancel: () => {} };

/** A workbook with indicators but no period anywhere (no year in a heading, no 評価設定). */
function setup(locale: 'ja' | 'en') {
  const specs = [
    sheet('事業', [
      ['事業名', '目標', '実績'],
      ['講座', 10, 8],
    ]),
  ];
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(specs)).sheets));
  const host = createExcelHost({ run: fake.run as unknown as ExcelRun, isSetSupported: fake.isSetSupported, changeTracking: true });
  render(<App host={host} reader={noReader} locale={locale} dark={false} />);
}

test('the English pane shows a usage error in English (no period to roll from)', async () => {
  setup('en');
  const t = messages('en');
  fireEvent.click(screen.getByRole('tab', { name: t.tabUpdate }));
  fireEvent.click(screen.getByRole('button', { name: t.rollStart }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toBe(renderUsage({ code: 'roll-period-unknown', params: {} }, { lang: 'en', surface: 'excel' }));
  expect(alert.textContent).toMatch(/^The evaluation period is unknown/);
  expect(alert.textContent).not.toMatch(/--period/);
});

test('the Japanese pane shows the same error in Japanese', async () => {
  setup('ja');
  const t = messages('ja');
  fireEvent.click(screen.getByRole('tab', { name: t.tabUpdate }));
  fireEvent.click(screen.getByRole('button', { name: t.rollStart }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^評価対象期間が分からないため/);
});

test('errorText: a usage error in the language given, with what it is about; its message stays the Japanese', () => {
  const e = new HostUsageError({ code: 'import-no-month-column', params: { month: 7 } }, '選択範囲 Sheet1!A1:C4');
  expect(e.message).toBe('選択範囲 Sheet1!A1:C4: 7月の列がありません。');
  expect(errorText(e)).toBe(e.message);
  expect(errorText(e, messages('en'))).toBe('選択範囲 Sheet1!A1:C4: There is no column for month 7.');
  expect(errorText(new Error('x'), messages('en'))).toBe('x');
});
