import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

test('the empty rating cell beside 施策の達成状況評価, last year’s grade beside it, is the policy’s rating', () => {
  const rows = [
    ['令和5年度 施策評価シート'],
    [],
    ['施策', '1-2 子育て支援の充実'],
    ['施策の達成状況評価', null, null, '（前年度評価：B）'],
    [],
    ['成果指標', '単位', '目標値', '実績値'],
    ['相談件数', '件', 100, 120],
    ['参加者数', '人', 50, 55],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策1-2', rows, { merges: ['B4:C4'] })] }, {});
  expect(report.groups.map((g) => [g.cell, g.grade])).toEqual([['B4', 'A']]);
});
