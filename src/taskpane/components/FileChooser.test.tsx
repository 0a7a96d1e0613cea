/**
 * @jest-environment jsdom
 */
import '../../../test/helpers/paneDom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FileChooser } from './FileChooser';
import { messages } from '../i18n';

const t = messages('ja');

test("a Fluent button opens the hidden file input (no browser 'Choose Files / No file chosen'); the chosen file's name is shown", () => {
  const onFiles = jest.fn();
  render(<FileChooser label="取り込むファイル" accept=".csv" testId="f" onFiles={onFiles} t={t} />);
  const input = screen.getByTestId('f') as HTMLInputElement;
  expect(input.hidden).toBe(true);
  expect(screen.getByTestId('f-chosen').textContent).toBe('まだ選んでいません');
  const click = jest.spyOn(input, 'click');
  fireEvent.click(screen.getByRole('button', { name: 'ファイルを選ぶ' }));
  expect(click).toHaveBeenCalled();
  const file = new File(['a,b'], '5月実績.csv');
  fireEvent.change(input, { target: { files: [file] } });
  expect(onFiles).toHaveBeenCalledWith([file]);
  expect(screen.getByTestId('f-chosen').textContent).toBe('5月実績.csv');
});

test('files dropped on the drop zone are taken; not while disabled', () => {
  const onFiles = jest.fn();
  const { rerender } = render(<FileChooser label="提出ブック" accept=".xlsx" multiple testId="g" dropHint="ここにドロップ" onFiles={onFiles} t={t} />);
  const files = [new File(['x'], 'a.xlsx'), new File(['y'], 'b.xlsx')];
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files } });
  expect(onFiles).toHaveBeenCalledWith(files);
  expect(screen.getByTestId('g-chosen').textContent).toBe('2 件（a.xlsx ほか）');
  rerender(<FileChooser label="提出ブック" accept=".xlsx" multiple disabled testId="g" dropHint="ここにドロップ" onFiles={onFiles} t={t} />);
  fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files } });
  expect(onFiles).toHaveBeenCalledTimes(1);
});

test('English words', () => {
  render(<FileChooser label="Export file" accept=".csv" testId="h" onFiles={() => {}} t={messages('en')} />);
  expect(screen.getByRole('button', { name: 'Choose a file' })).toBeTruthy();
  expect(screen.getByTestId('h-chosen').textContent).toBe('None chosen yet');
});
