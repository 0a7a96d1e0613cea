/**
 * @jest-environment jsdom
 */
/** Issue 17 item 2: the Undo view says which undo takes EvalSheet's runs back here, Excel's Ctrl+Z (ExcelApi 1.20) or its own button, in the pane's language. */
import { render, screen } from '@testing-library/react';
import type { WorkbookHost } from '../../adapters/officejs/host';
import { messages } from '../i18n';
import { UndoModeNote } from './UndoModeNote';
import { UndoView } from './UndoView';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

test.each([
  ['ja', 'excel', /Ctrl\+Z）で1回ずつ戻せます/],
  ['ja', 'record', /Ctrl\+Z）では戻せません/],
  ['en', 'excel', /Ctrl\+Z undoes each/],
  ['en', 'record', /Ctrl\+Z cannot undo/],
] as const)('%s, %s undo: its line', (locale, mode, text) => {
  render(<UndoModeNote mode={mode} t={messages(locale)} />);
  expect(screen.getByTestId('undo-mode').textContent).toMatch(text);
});

test('no line when the host does not say (a host of another kind)', () => {
  const { container } = render(<UndoModeNote mode={undefined} t={messages('ja')} />);
  expect(container.textContent).toBe('');
});

test('the Undo view shows the host’s undo mode above its button', async () => {
  const host = { undoMode: 'excel', lastRun: async () => null, undo: async () => Promise.reject(new Error('no')) } as unknown as WorkbookHost;
  render(<UndoView host={host} t={messages('en')} />);
  expect((await screen.findByTestId('undo-mode')).textContent).toMatch(/This button undoes only what Excel cannot/);
});
