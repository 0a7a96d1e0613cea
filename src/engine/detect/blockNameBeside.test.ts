/**
 * A policy block's 指標① label stands in the block's columns: a table beside the block (its 事業名 | R5決算 heading right of
 * the block's last year) never names the block, however near its period row.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

test('a 事業名 heading of a cost table beside the block does not name the block', () => {
  const rows = [
    ['施策評価シート　令和5年度'],
    [],
    ['指標①', '図書館の貸出冊数', null, null, null, null, '関連事業費（千円）'],
    ['単位', '冊', null, null, null, null, '事業名', 'R4決算', 'R5決算'],
    ['区分', 'R3', 'R4', 'R5', 'R6', null, '図書購入事業', 12400, 13100],
    ['実績値', 81000, 84500, 88200],
    ['期待値', 82000, 85000, 90000, 92000],
  ];
  const report = checkWorkbook({ sheets: [snap('施策1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.target, i.actual])).toEqual([['図書館の貸出冊数', 'B3', 90000, 88200]]);
});

test('a block’s own 指標名 label right of its years names it, with its unit', () => {
  const rows = [
    ['施策評価シート　令和5年度'],
    [],
    ['基本施策', '1-2 読書活動の推進', null, '指標名', '図書館の貸出冊数（冊）'],
    [],
    ['区分', 'R5', 'R6'],
    ['目標値', 90000, 92000],
    ['実績値', 88200],
  ];
  const report = checkWorkbook({ sheets: [snap('施策1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.unit, i.target, i.actual, i.guesses])).toEqual([
    ['図書館の貸出冊数', 'E3', '冊', 90000, 88200, []],
  ]);
});

test('a numbered 成果指標① label before a 指標名 label: the name is the cell after 指標名, no guess', () => {
  const rows = [
    ['施策評価シート（公表用）　令和6年度'],
    [],
    ['成果指標\n①', '指標名', '図書館の貸出冊数', null, null, null, '単位', '冊'],
    [null, '区分', 'R4', 'R5', 'R6', 'R7'],
    [null, '実績値', 81000, 84500, 88200],
    [null, '期待値', 82000, 85000, 90000, 92000],
  ];
  const report = checkWorkbook({ sheets: [snap('施策1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.guesses])).toEqual([['図書館の貸出冊数', 'C3', []]]);
});

test('a 指標 label with the block’s number in a cell of its own: the number is the id, the name the cell after it', () => {
  const rows = [
    ['施策評価シート　令和6年度'],
    [],
    ['指標', '②', '男性職員の育児休業取得率', null, null, null, '目指す方向', '↑'],
    [null, '区分', '単位', 'R5', 'R6', 'R7'],
    [null, '実績値', '％', 47.4, 62.5],
    [null, '期待値', '％', 40, 50, 70],
  ];
  const report = checkWorkbook({ sheets: [snap('施策1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.id, i.name, i.cells?.name, i.target, i.actual])).toEqual([['2', '男性職員の育児休業取得率', 'C3', 50, 62.5]]);
});
