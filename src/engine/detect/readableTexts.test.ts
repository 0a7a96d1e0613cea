/** A cell of prose past 2,000 characters is read for its first 2,000: the reader's view, the snapshot left as it is. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/snapshot';
import { READ_CHARS, withReadableTexts } from './readableTexts';
import { snap } from './testing';

const table = (): CellValue[][] => [
  ['施策評価シート（令和5年度）'],
  ['指標名', '単位', '目標値', '実績値', '評価', '所見'],
  ['市民満足度', '%', 50, 45, 'B', ''],
  ['相談件数', '件', 120, 130, 'A', ''],
];

test('a sheet with no long cell is the same snapshot', () => {
  const s = snap('施策', table());
  expect(withReadableTexts(s)).toBe(s);
});

test('a long cell is cut for reading; the snapshot itself is left as it is', () => {
  const values = table();
  const long = '所見'.repeat(5000);
  values[2][5] = long;
  const s = snap('施策', values);
  const read = withReadableTexts(s);
  expect(read).not.toBe(s);
  expect((read.values[2][5] as string).length).toBe(READ_CHARS);
  expect(s.values[2][5]).toBe(long);
  // Rows without a long cell are shared, not copied.
  expect(read.values[3]).toBe(s.values[3]);
});

test('a sheet of cells of 32,767 characters of figures and marks reads its table as without them', () => {
  const values = table();
  const texts = ['4月'.repeat(16383), 'R5'.repeat(16383), '※'.repeat(32767), '１'.repeat(32767)];
  values.push([], ...texts.map((t) => [t]));
  values[0][3] = 'R5'.repeat(16383);
  const report = checkWorkbook({ sheets: [snap('施策', values)] }, {}).report;
  const plain = checkWorkbook({ sheets: [snap('施策', table())] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual(plain.indicators.map((i) => [i.name, i.target, i.actual, i.grade]));
});
