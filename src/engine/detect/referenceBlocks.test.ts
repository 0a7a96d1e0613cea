/**
 * Policy blocks stacked down, each 「成果指標① | name」 over 区分 | 前年度（R4） | 当年度（R5）: a block labelled 参考指標 on its
 * name line shows figures to watch, never an indicator; the 当年度 column, the year written in brackets, is the period's.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['施策評価シート', null, null, null],
  ['評価対象年度：令和５年度', null, null, null],
  ['成果指標①', '観光入込客数', '単位', '千人'],
  [null, '区分', '前年度（R4）', '当年度（R5）'],
  [null, '目標値', 900, 950],
  [null, '実績値', 870, 990],
  [null, null, null, null],
  ['参考指標', '宿泊者数', '単位', '千人'],
  [null, '区分', '前年度（R4）', '当年度（R5）'],
  [null, '実績値', 310, 335],
];

test('the 当年度 column is read, and the 参考指標 block is no indicator', () => {
  const { report } = checkWorkbook({ sheets: [snap('施策', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['観光入込客数', 950, 990]]);
});
