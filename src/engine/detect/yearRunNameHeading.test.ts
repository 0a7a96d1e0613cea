/** A plain word left of a run of years and a target (「路線 | 平成30年度 | … | 令和5年度目標」) heads the rows' names; an office's word or a row with no target does not. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (head: string, target = '令和５年度目標') =>
  checkWorkbook(
    {
      sheets: [
        snap('町民バス', [
          ['令和５年度 評価（町民バス）', null, null, null, null],
          ['１　路線別の年間利用者数（単位：人）', null, null, null, null],
          [head, '令和３年度', '令和４年度', '令和５年度', target],
          ['東回り線', 9720, 10860, 11420, 12000],
          ['山間線（デマンド）', 1750, 1690, 1612, 2400],
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.unit ?? null]);

test('路線 over the routes beside the years and the target: each route is an indicator, its unit the caption’s', () => {
  expect(read('路線')).toEqual([
    ['東回り線', '人', 12000, 11420, 'A2'],
    ['山間線（デマンド）', '人', 2400, 1612, 'A2'],
  ]);
});

test('an office’s word, or a row with no target heading, heads no names', () => {
  expect(read('担当課')).toEqual([]);
  expect(read('路線', '備考')).toEqual([]);
});
