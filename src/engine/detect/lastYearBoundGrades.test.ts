import { detectSheet } from './index';
import { snap } from './testing';

const SCALE = [
  { grade: 'A', label: '順調' },
  { grade: 'B', label: '概ね順調' },
  { grade: 'C', label: 'やや遅れている' },
  { grade: 'D', label: '遅れている' },
];

const detect = (rows: (string | number)[][]) =>
  detectSheet(snap('成果指標', [['令和５年度　成果指標評価表'], ['No.', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '評価'], ...rows]), SCALE).indicators;

test('each row whose target starts from last year keeps the grades written on all such rows', () => {
  const inds = detect([
    [1, '新規登録件数', '件', 38, '前年度実績以上', 45, 'A'],
    [2, '相談件数', '件', 171, 150, 139, 'B'],
    [3, '成約件数', '件', 19, '前年度以上', 13, 'C'],
  ]);
  expect(inds.map((i) => [i.name, i.lastYearBoundGrades])).toEqual([
    ['新規登録件数', ['A', 'C']],
    ['相談件数', undefined],
    ['成約件数', ['A', 'C']],
  ]);
});

test('a sheet with no such row marks none, and a blank grade is left out', () => {
  expect(detect([[1, '相談件数', '件', 171, 150, 139, 'B']]).map((i) => i.lastYearBoundGrades)).toEqual([undefined]);
  expect(detect([[1, '成約件数', '件', 19, '前年度以上', 13, '']]).map((i) => i.lastYearBoundGrades)).toEqual([[]]);
});
