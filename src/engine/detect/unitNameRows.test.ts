/**
 * A unit line written in the name column under each name (名称 | 目標値 over 「単位：件」 | 実績値): the unit row is the
 * named indicator's second row and its unit, never an indicator of its own, and each indicator keeps its own unit.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['環境分野の成果指標', null, null, null, null],
  ['評価対象期間：令和５年度', null, null, null, null],
  ['指標名', null, '令和３年度', '令和４年度', '令和５年度'],
  ['ごみの資源化率', '目標値', 24, 25, 26],
  ['（単位：％）', '実績値', 23.1, 24.2, 25.4],
  ['環境学習の参加者数', '目標値', 800, 850, 900],
  ['単位：人', '実績値', 760, 820, 910],
  ['不法投棄の回収件数', '目標値', 60, 55, 50],
  ['単位：件　※少ないほど良い', '実績値', 64, 58, 49],
];

test('each unit row under a name is that indicator’s unit and actual row, no indicator of its own', () => {
  const { report } = checkWorkbook({ sheets: [snap('環境', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.unit])).toEqual([
    ['ごみの資源化率', '%', 26, 25.4, 'A5'],
    ['環境学習の参加者数', '人', 900, 910, 'A7'],
    ['不法投棄の回収件数', '件', 50, 49, 'A9'],
  ]);
});
