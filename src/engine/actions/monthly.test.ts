import { parseA1 } from '../model/address';
import { importMonth, readMonthly } from './monthly';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../model/port';

const serial = (y: number, m: number) => (Date.UTC(y, m - 1, 1) - Date.UTC(1899, 11, 30)) / 86400000;
const FISCAL = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

function monthlySheet(name: string, heads: (string | number)[], fmt: string | null): SheetSnapshot {
  return {
    name,
    visibility: 'visible',
    protected: false,
    top: 1,
    left: 1,
    merges: [],
    values: [
      ['指標名', '年間目標', ...heads],
      ['窓口相談件数', 1200, 110, 95],
    ],
    numberFormats: [[null, null, ...heads.map(() => fmt)], []],
  };
}

test.each([
  ['dates shown as 4月', FISCAL.map((m) => serial(m <= 3 ? 2025 : 2024, m)), 'm"月"'],
  ['dates shown as 2024年4月', FISCAL.map((m) => serial(m <= 3 ? 2025 : 2024, m)), 'yyyy"年"m"月"'],
  ['texts with the year', FISCAL.map((m) => `${m <= 3 ? 2025 : 2024}年${m}月`), null],
  ['era texts', FISCAL.map((m) => `R${m <= 3 ? 7 : 6}.${m}`), null],
])('month headers written as %s are read', (_, heads, fmt) => {
  const [s] = readMonthly({ sheets: [monthlySheet('月次', heads, fmt)] });
  expect([...s.monthCols.entries()]).toEqual(FISCAL.map((m, i) => [m, 3 + i]));
  expect(s.indicators.map((i) => [i.name, i.annualTarget, [...i.actuals]])).toEqual([
    [
      '窓口相談件数',
      1200,
      [
        [4, 110],
        [5, 95],
      ],
    ],
  ]);
});

test('plain numbers 4…3 without a date format are not months (they may be figures)', () => {
  expect(readMonthly({ sheets: [monthlySheet('月次', FISCAL, null)] })).toEqual([]);
});

// --- The monthly import (engine): values as the reader reads them, plan rows, empty values. ---

const HEAD = ['番号', '指標名', '単位', '年間目標', ...FISCAL.map((m) => `${m}月`)];

function sheetOf(rows: (string | number | null)[][], formats: (string | null)[][] = []): WorkbookSnapshot {
  return {
    sheets: [{ name: '月次', visibility: 'visible', protected: false, top: 1, left: 1, merges: [], values: [HEAD, ...rows], numberFormats: [[], ...formats] }],
  };
}

test('a 「65.5%」 from a CSV was written as text into a numeric month cell: it is written as a number meaning what the other months mean', () => {
  const snapshot = sheetOf(
    [
      ['R-1', '施設の利用率', '', 0.8, 0.72, null],
      ['R-2', '窓口の満足度', '％', 80, 72, null],
      ['R-3', '相談件数', '件', 1200, 110, null],
    ],
    [
      [null, null, null, '0.0%', '0.0%', '0.0%'],
      [null, null, null, null, null, null],
    ],
  );
  const { result } = importMonth(
    snapshot,
    [
      ['番号', '5月'],
      ['R-1', '65.5%'],
      ['R-2', '65.5%'],
      ['R-3', '1,050件'],
    ],
    5,
  );
  expect(result.written.map((w) => [w.cell, w.after])).toEqual([
    ['F2', 0.655], // a % cell stores the fraction, as April's 0.72 does
    ['F3', 65.5], // a ％ indicator in plain numbers stores the points, as April's 72 does
    ['F4', 1050],
  ]);
  // Read back by the same reader, each means what April means.
  const after = readMonthly(withWrites(snapshot, result.written));
  expect(after[0].indicators.map((i) => [i.name, i.actuals.get(4), i.actuals.get(5)])).toEqual([
    ['施設の利用率', 72, 65.5],
    ['窓口の満足度', 72, 65.5],
    ['相談件数', 110, 1050],
  ]);
});

test('a value that cannot be read as a number is listed, not written', () => {
  const snapshot = sheetOf([
    ['R-1', '施設の利用率', '％', 80, 72, null],
    ['R-2', '相談件数', '件', 1200, 110, null],
    ['R-3', '登録者数', '人', 360, 28, null],
  ]);
  const { result } = importMonth(
    snapshot,
    [
      ['番号', '5月'],
      ['R-1', '0.655'],
      ['R-2', '集計中'],
      ['R-3', '12人 30人'],
    ],
    5,
  );
  expect(result.written).toEqual([]);
  expect(result.unreadable.map((u) => [u.line, u.cell, u.value])).toEqual([
    [2, 'F2', '0.655'], // a fraction or 0.655 ％? Not guessed.
    [3, 'F3', '集計中'],
    [4, 'F4', '12人 30人'],
  ]);
  expect(result.findings.map((f) => [f.code, f.cell])).toEqual([
    ['import-value-unreadable', 'F2'],
    ['import-value-unreadable', 'F3'],
    ['import-value-unreadable', 'F4'],
  ]);
  expect(result.findings[1].message).toContain('「集計中」');
  expect(result.missing).toEqual([]); // listed once, as unreadable
});

test('「65.5%」 for a ％ row holding plain fractions (0.72 without a % format) is listed, not written: its meaning is not guessed', () => {
  const { result } = importMonth(
    sheetOf([['R-1', '施設の利用率', '％', 0.8, 0.72, null]]),
    [
      ['番号', '5月'],
      ['R-1', '65.5%'],
    ],
    5,
  );
  expect(result.written).toEqual([]);
  expect(result.unreadable.map((u) => u.cell)).toEqual(['F2']);
  expect(result.findings[0].message).toContain('表示形式を％に');
});

test('a ％ value for an indicator that is not a percentage is listed, not written', () => {
  const { result } = importMonth(
    sheetOf([['R-2', '相談件数', '件', 1200, 110, null]]),
    [
      ['番号', '5月'],
      ['R-2', '65%'],
    ],
    5,
  );
  expect(result.written).toEqual([]);
  expect(result.findings[0].message).toContain('％');
});

test('a 計画 row in the name column was taken as an indicator: it is the plan of the indicator above', () => {
  const snapshot = sheetOf([
    ['K-02', '講座の参加者数', '人', 600, 30, null],
    [null, '計画', null, null, 20, 60, 60, 60, 60, 60, 50, 50, 50, 40, 30, 30],
    ['K-03', '窓口相談件数', '件', 1200, 110, null],
  ]);
  const [s] = readMonthly(snapshot);
  expect(s.indicators.map((i) => i.name)).toEqual(['講座の参加者数', '窓口相談件数']);
  expect([...(s.indicators[0].plan ?? new Map())].slice(0, 2)).toEqual([
    [4, 20],
    [5, 60],
  ]);
});

test('an export row with an empty value was not listed among the indicators without a value', () => {
  const snapshot = sheetOf([
    ['K-01', '窓口相談件数', '件', 1200, 110, null],
    ['K-02', 'ごみの排出量', 't', 2400, 190, 205],
  ]);
  const { result } = importMonth(
    snapshot,
    [
      ['番号', '5月'],
      ['K-01', ''],
      ['K-02', ''],
    ],
    5,
  );
  expect(result.missing).toEqual([{ sheet: '月次', name: '窓口相談件数', cell: 'F2' }]);
  // An empty value never empties a figure already there.
  expect(result.conflicts).toEqual([]);
  expect(result.written).toEqual([]);
});

function withWrites(snapshot: WorkbookSnapshot, writes: { cell: string; after: CellValue }[]): WorkbookSnapshot {
  const s = snapshot.sheets[0];
  const values = s.values.map((r) => [...r]);
  for (const w of writes) {
    const ref = parseA1(w.cell)!;
    const row = (values[ref.row - 1] ??= []);
    row[ref.col - 1] = w.after;
  }
  return { sheets: [{ ...s, values }] };
}
