/** Section rows of one table, each a group with its grade in the table's 達成状況評価 column, rating the indicator rows under it. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = (fill: (string | number | null)[] = [null, null, null]): (string | number | null)[][] => [
  ['令和5年度　政策評価の結果', null, null, null, null, null, null],
  [null, 'No.', '政策・指標', '単位', '目標値', '実績値', '達成状況評価'],
  [null, 'Ⅰ', '健やかに暮らせるまち', null, null, null, null],
  [null, null, '特定健診受診率', '％', 60, 61.5, fill[0]],
  [null, null, 'がん検診受診者数', '人', 5000, 4100, fill[1]],
  [null, 'Ⅱ', '学びあうまち', null, null, null, 'B'],
  [null, null, '図書館の貸出冊数', '冊', 400000, 300000, fill[2]],
  [null, null, '公民館講座の参加者数', '人', 9000, 9300, null],
  [null, '※達成状況評価は各政策の指標から算出', null, null, null, null, null],
];

test('each section row is a group with its own rating cell, rolling up the indicators under it', () => {
  const { report } = checkWorkbook({ sheets: [snap('政策', rows())] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['特定健診受診率', 'がん検診受診者数', '図書館の貸出冊数', '公民館講座の参加者数']);
  // Ⅰ: A (102.5 %) and B (82 %) → mean 3.5 → A; Ⅱ: C (75 %) and A → mean 3 → B.
  expect(report.groups.map((g) => [g.cell, g.grade])).toEqual([
    ['G3', 'A'],
    ['G6', 'B'],
  ]);
});

test('a rating column filled on the indicators rows too is no section rating: one group, as before', () => {
  const { report } = checkWorkbook({ sheets: [snap('政策', rows(['A', 'B', 'C']))] }, {});
  expect(report.groups.map((g) => g.cell)).not.toEqual(['G3', 'G6']);
  expect(report.groups.length).toBeLessThanOrEqual(1);
});
