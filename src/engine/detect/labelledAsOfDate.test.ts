import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

/** Excel's serial of a date (days since 1899-12-30). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

/** A policy sheet with 「集計基準日 | date」 above a table of years whose latest actual is 2024年度's. */
const read = (date: CellValue, format: string | null) => {
  const values: CellValue[][] = [
    ['施策の成果指標', null, null, '集計基準日', date],
    [],
    ['指標名', '区分', '2022年度', '2023年度', '2024年度'],
    ['図書館の来館者数', '目標', 1000, 1100, 1200],
    [null, '実績', 980, 1150, 1190],
  ];
  const formats = values.map((row, r) => row.map((_, c) => (r === 0 && c === 4 ? format : null)));
  const sheet = { ...snap('施策3-2', values), numberFormats: formats };
  return checkWorkbook({ sheets: [sheet] }, {}).report;
};

test('an as-of label with a 31 March date cell beside it states the fiscal year the date closes', () => {
  const report = read(serial(2024, 3, 31), 'yyyy/m/d');
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[1100, 1150]]);
  expect(read('令和6年3月31日', null).period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
});

test('a date in another month, or a number that is no date, states nothing: the latest actual’s year stays a guess', () => {
  for (const [date, format] of [
    [serial(2024, 9, 30), 'yyyy/m/d'],
    [45382, '#,##0'],
  ] as const)
    expect(read(date, format).period?.fiscalYear).toBe(2024);
});
