/**
 * A policy block whose old plan's line is kept out of sight (a hidden 期待値（旧計画） row between 実績値 and this plan's 期待値):
 * the block is read across the hidden row, one indicator with the shown 期待値 as its target; not a second, unnamed one.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const block = [
  ['施策評価シート　令和5年度'],
  [],
  ['指標1', '図書館の貸出冊数'],
  ['単位', '冊'],
  ['区分', 'R3', 'R4', 'R5', 'R6'],
  ['実績値', 81000, 84500, 88200],
  ['期待値（旧計画）', 80000, 82000, 84000, 86000],
  ['期待値', 82000, 85000, 90000, 92000],
  [],
  ['指標2', '読み聞かせ会の参加者数'],
  ['単位', '人'],
  ['区分', 'R3', 'R4', 'R5', 'R6'],
  ['実績値', 410, 455, 470],
  ['期待値', 400, 450, 500, 520],
];

const read = (hiddenRows?: number[]) =>
  checkWorkbook({ sheets: [{ ...snap('施策1', block), ...(hiddenRows ? { hiddenRows } : {}) }] }, {}).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.cells?.target,
  ]);

test('a hidden line of the block neither ends it nor gives its figure', () => {
  expect(read([7])).toEqual([
    ['図書館の貸出冊数', 90000, 88200, 'D8'],
    ['読み聞かせ会の参加者数', 500, 470, 'D14'],
  ]);
});

test('shown, the same line of the same role starts another indicator as before', () => {
  expect(read()).toEqual([
    ['図書館の貸出冊数', 84000, 88200, 'D7'],
    ['（名称未記入）', 90000, null, 'D8'],
    ['読み聞かせ会の参加者数', 500, 470, 'D14'],
  ]);
});
