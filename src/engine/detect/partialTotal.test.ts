/** A 年度計 beside 4月 … 3月 that does not cover the year: a SUM leaving out a filled month, or 1〜3月 blank while being counted. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { formulaColumns } from './partialTotal';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

/** Each row: name, target, the months, the total (a figure, or [formula, result]) and the 備考. */
function sheet(rows: [string, number, (number | null)[], number | [string, number], string | null][]) {
  const values: CellValue[][] = [['令和６年度 月別実績'], ['項目', '年間目標', ...MONTHS, '年度計', '備考']];
  const formulas: (string | null)[][] = [[], []];
  for (const [name, target, months, total, note] of rows) {
    values.push([name, target, ...months, Array.isArray(total) ? total[1] : total, note]);
    formulas.push([...Array<null>(14).fill(null), Array.isArray(total) ? total[0] : null]);
  }
  return { ...snap('月別', values), formulas };
}

const withFormula = (formula: string, result: number): [string, number] => [formula, result];

test('a SUM stopping at 2月 while 3月 holds a figure: the twelve months are the actual', () => {
  const months = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12];
  const s = sheet([['案内件数', 120, months, withFormula('SUM(C3:M3)', 110), null]]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([['案内件数', 122]]);
});

test('a SUM over all twelve months, or one month alone (a period-end count), stays as written', () => {
  const months = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12];
  const s = sheet([
    ['案内件数', 120, months, withFormula('SUM(C3:N3)', 122), null],
    ['登録者数', 20, months, withFormula('N4', 12), null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['案内件数', 122],
    ['登録者数', 12],
  ]);
});

test('months filled to 12月 with 集計中 in 備考: the total is pending; without such a note it stays', () => {
  const months = [10, 10, 10, 10, 10, 10, 10, 10, 10, null, null, null];
  const s = sheet([
    ['参加者数', 120, months, 90, '1〜3月分は集計中'],
    ['相談件数', 120, months, 90, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualStatus])).toEqual([
    ['参加者数', null, 'pending'],
    ['相談件数', 90, 'value'],
  ]);
});

test('a total while 10月 … 3月 are blank, nothing saying why: read as written with a total-before-year-end guess naming it and 9月', () => {
  const half = [9, 11, 8, 10, 7, 12, null, null, null, null, null, null];
  const whole = [9, 11, 8, 10, 7, 12, 10, 9, 10, 8, 9, 11];
  const s = sheet([
    ['相談件数', 120, half, 57, null],
    ['案内件数', 120, whole, 114, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualStatus])).toEqual([
    ['相談件数', 57, 'value'],
    ['案内件数', 114, 'value'],
  ]);
  const guesses = report.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end');
  expect(guesses.map((f) => ('cells' in f.params ? f.params.cells : null))).toEqual([['O3', 'H3']]);
});

test('a 3月 written as 「－」 or 0 (nothing to count that month) needs no guess; a blank 3月 with 集計中 stays pending alone', () => {
  const dash: (number | null)[] = [9, 11, 8, 10, 7, 12, 10, 9, 10, 8, 9, 0];
  const s = sheet([
    ['相談件数', 120, dash, 103, null],
    ['参加者数', 120, [10, 10, 10, 10, 10, 10, 10, 10, 10, null, null, null], 90, '1〜3月分は集計中'],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end')).toEqual([]);
});

test('review rv64: a seasonal row, a one-month event or blanks the 備考 explains get no guess; blanks then 「－」 in 3月 do', () => {
  const blank = Array<number | null>(12).fill(null);
  const summer = blank.map((_, i) => (i === 3 ? 1200 : i === 4 ? 1500 : null)); // 7月 | 8月
  const january = blank.map((_, i) => (i === 9 ? 480 : null));
  const closed = [9, 11, 8, 10, 7, 12, 10, 9, 10, 8, 9, null];
  const s = sheet([
    ['海水浴場利用者数', 3000, summer, 2700, null],
    ['成人式参加者数', 500, january, 480, null],
    ['プール利用者数', 120, closed, 103, '3月は休場'],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end')).toEqual([]);
  const dashed = { ...sheet([['相談件数', 120, [9, 11, 8, 10, 7, 12, null, null, null, null, null, 0], 57, null]]) };
  const read = checkWorkbook({ sheets: [dashed] }, {}).report;
  expect(read.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end').length).toBe(1);
});

test('a 年度計 left of its months (年度計 | 4月 … 3月) while 10月 … 3月 are blank gets the same guess; 前年度実績 further left gets none', () => {
  const half = [9, 11, 8, 10, 7, 12, null, null, null, null, null, null];
  const whole = [9, 11, 8, 10, 7, 12, 10, 9, 10, 8, 9, 11];
  const head = ['項目', '年間目標', '年度計', ...MONTHS, '備考'];
  const rows: CellValue[][] = [['令和６年度 月別実績'], head, ['相談件数', 120, 57, ...half, null], ['案内件数', 120, 114, ...whole, null]];
  const { report } = checkWorkbook({ sheets: [snap('月別', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['相談件数', 57],
    ['案内件数', 114],
  ]);
  const guesses = report.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end');
  expect(guesses.map((f) => ('cells' in f.params ? f.params.cells : null))).toEqual([['C3', 'I3']]);
  const prior: CellValue[][] = [['令和６年度 月別実績'], ['項目', '令和５年度実績', '年間目標', ...MONTHS], ['相談件数', 118, 120, ...half]];
  const read = checkWorkbook({ sheets: [snap('月別', prior)] }, {}).report;
  expect(read.findings.filter((f) => 'reason' in f.params && f.params.reason === 'total-before-year-end')).toEqual([]);
});

test('the columns a formula refers to on its own row', () => {
  expect([...formulaColumns('=SUM(D5:F5)', 5)!]).toEqual([4, 5, 6]);
  expect([...formulaColumns('$P$5', 5)!]).toEqual([16]);
  expect(formulaColumns('SUM(D4:F4)', 5)).toBeNull();
  expect(formulaColumns('Sheet2!D5', 5)).toBeNull();
});
