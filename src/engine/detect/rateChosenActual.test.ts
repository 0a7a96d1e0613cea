import { checkWorkbook } from '../actions/check';
import { reproduces } from './rateChosenActual';
import { snap } from './testing';

const check = (rows: (string | number | null)[][], merges: string[] = []) => checkWorkbook({ sheets: [snap('KPI', rows, { merges })] }, {}).report;
const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  check(rows, merges).indicators.map((i) => [i.name, i.target, i.actual, i.cells?.actual]);
const uncertain = (rows: (string | number | null)[][], merges: string[] = []) =>
  check(rows, merges)
    .findings.filter((f) => f.code === 'reading-uncertain')
    .map((f) => f.params);

test('a rate is reproduced to its shown precision, in % or as a fraction', () => {
  expect(reproduces(19, 24, { value: 79.2, decimals: 1 })).toBe(true);
  expect(reproduces(6, 24, { value: 79.2, decimals: 1 })).toBe(false);
  expect(reproduces(19, 24, { value: 79, decimals: 0 })).toBe(true);
  expect(reproduces(19, 24, { value: 0.7917, decimals: null })).toBe(true);
  expect(reproduces(19, 0, { value: 0, decimals: null })).toBe(false);
});

// A yearly 実績 row and a 累計 row, the target cumulative: the block's 達成率 row says which one the sheet grades.
const rows = (rate: (string | number | null)[]) => [
  ['令和5年度評価'],
  ['指標名', '区分', 'R3', 'R4', 'R5', '単位'],
  ['相談件数（累計）', '目標', 20, 40, 60, '件'],
  [null, '実績', 20, 15, 18],
  [null, '実績（累計）', 20, 35, 53],
  [null, '達成率', ...rate],
];
const merges = ['A3:A6'];

test('the 累計 actual row reproducing the 達成率 row is the graded actual, not the yearly row', () => {
  expect(read(rows(['100.0%', '87.5%', '88.3%']), merges)).toEqual([['相談件数（累計）', 60, 53, 'E5']]);
  expect(uncertain(rows(['100.0%', '87.5%', '88.3%']), merges)).toEqual([]);
});

test('the yearly row reproducing the 達成率 row stays the actual', () => {
  expect(read(rows(['100.0%', '37.5%', '30.0%']), merges)).toEqual([['相談件数（累計）', 60, 18, 'E4']]);
});

test('without a rate to tell them apart, the yearly row of a 累計 indicator is read and the choice is flagged naming both rows', () => {
  const blank = rows([null, null, null]).slice(0, 5);
  expect(read(blank, ['A3:A5'])).toEqual([['相談件数（累計）', 60, 18, 'E4']]);
  expect(uncertain(blank, ['A3:A5'])).toEqual([expect.objectContaining({ reason: 'column-chosen', cells: ['B4', 'B5'] })]);
});
