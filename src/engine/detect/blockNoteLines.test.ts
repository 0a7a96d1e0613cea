/** A policy block's 備考 line between its name line and its period row is its own, never the block's above. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const block = (no: string, name: string, note: string, targets: number[], actuals: number[]) => [
  [`指標${no}`, name, null, null],
  ['単位', '件', '備考', note],
  ['区分', 'R4', 'R5', 'R6'],
  ['目標値', ...targets],
  ['実績値', ...actuals],
  [null, null, null, null],
];

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('施策1-1', [['令和６年度　施策評価シート', null, null, null], [null, null, null, null], ...rows])] }, {}).report;

test('stacked blocks: the note under the second name line says the second indicator is lower-is-better, and nothing of the first', () => {
  const report = read([
    ...block('①', '相談件数', '', [10, 20, 30], [12, 22, 33]),
    ...block('②', '苦情件数', '少ないほど良い指標', [10, 9, 8], [11, 9, 7]),
    ...block('③', '講座回数', '参加者アンケートによる', [5, 6, 7], [5, 6, 6]),
  ]);
  expect(report.indicators.map((i) => [i.name, i.direction, i.grade])).toEqual([
    ['相談件数', 'up', 'A'],
    ['苦情件数', 'down', 'A'],
    ['講座回数', 'up', 'B'],
  ]);
  expect(report.indicators.map((i) => i.cells.direction)).toEqual([null, 'D10', null]);
});

test('a 備考 line under a block without a name line of the next block is still the block’s own', () => {
  const report = read([
    ['指標①', '苦情件数', null, null],
    ['単位', '件', null, null],
    ['区分', 'R4', 'R5', 'R6'],
    ['目標値', 10, 9, 8],
    ['実績値', 11, 9, 7],
    ['備考', '少ないほど良い指標', null, null],
  ]);
  expect(report.indicators.map((i) => [i.name, i.direction])).toEqual([['苦情件数', 'down']]);
});
