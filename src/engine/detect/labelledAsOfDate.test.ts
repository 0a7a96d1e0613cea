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

/** A sheet titled 「令和5年度 成果指標の達成状況」 with 「label | date」 on its second line, over a table of 令和元年度 … 令和5年度. */
const titled = (label: string, date: CellValue, format: string | null) => {
  const values: CellValue[][] = [
    ['令和5年度 成果指標の達成状況'],
    [label, date],
    [],
    ['指標名', '区分', '令和元年度', '令和3年度', '令和5年度'],
    ['公民館の利用者数', '目標', 100, 110, 120],
    [null, '実績', 130, 100, 90],
  ];
  const formats = values.map((row, r) => row.map((_, c) => (r === 1 && c === 1 ? format : null)));
  return checkWorkbook({ sheets: [{ ...snap('成果指標', values), numberFormats: formats }] }, {}).report;
};

test('a label dating the baseline or the plan (基準値時点, 計画策定時点) states no year: the latest actual’s is read', () => {
  for (const [label, date, format] of [
    ['基準値時点', '令和2年3月31日', null],
    ['計画策定時点', serial(2020, 3, 31), 'yyyy/m/d'],
    ['現状値基準日', '令和2年3月31日', null],
  ] as const) {
    const report = titled(label, date, format);
    expect(report.period).toMatchObject({ fiscalYear: 2023 });
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[120, 90]]);
  }
});

test('an evaluation date earlier than both the title’s year and the latest actual is not the period: the latest actual’s, said to differ', () => {
  const report = titled('評価基準日', '令和2年3月31日', null);
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'latest-actual' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[120, 90]]);
  expect(report.findings.find((f) => f.code === 'period-differs')?.cell).toBe('A2');
});
