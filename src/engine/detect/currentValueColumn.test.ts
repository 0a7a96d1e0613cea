/** 策定時（R1） | 目標値（R11） | 現状値（R5） with no 実績 column: the later 現状値 is the actual of its year, the 策定時 the baseline. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const header = ['指標', '策定時（R1）', '目標値（R11）', '現状値（R5）'];
const body: (string | number | null)[][] = [
  ['特定健康診査の受診率', 38.2, 60, 44.9],
  ['むし歯のない3歳児の割合', 84.5, 95, 91],
];

test('the later current-value column is the actual, the earlier one the baseline', () => {
  const { report } = checkWorkbook({ sheets: [snap('健康', [['評価年度：令和5年度'], header, ...body])] }, {});
  expect(report.indicators.map((i) => [i.name, i.baseline, i.target, i.actual, i.cells.actual])).toEqual([
    ['特定健康診査の受診率', 38.2, 60, 44.9, 'D3'],
    ['むし歯のない3歳児の割合', 84.5, 95, 91, 'D4'],
  ]);
});

test('beside a 実績 column of its own, a 現状値 column stays a baseline', () => {
  const rows = [['評価年度：令和5年度'], [...header, '実績（R5）'], ...body.map((r) => [...r, 45.5])];
  const { report } = checkWorkbook({ sheets: [snap('健康', rows)] }, {});
  expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([
    [45.5, 'E3'],
    [45.5, 'E4'],
  ]);
});
