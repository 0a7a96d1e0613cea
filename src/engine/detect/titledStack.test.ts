/** Policies stacked down a sheet, each a title line in one cell carrying its own rating label and cell. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['令和5年度　農林業振興計画　施策評価表', null, null, null, null],
  [null, null, null, null, null],
  ['施策2-1　担い手の確保と育成', null, null, '施策評価', null],
  ['成果指標', '目標値', '実績値', '単位', null],
  ['認定農業者数', 120, 126, '経営体', null],
  ['新規就農者数', 10, 6, '人', null],
  [null, null, null, null, null],
  ['施策2-2　森林の保全と活用', null, null, '施策評価', null],
  ['成果指標', '目標値', '実績値', '単位', null],
  ['間伐実施面積', 300, 210, 'ha', null],
  ['森林ボランティア参加者数', 400, 380, '人', null],
];

test('each title line rates its own table: two groups, their cells beside each label, no title read as an indicator', () => {
  const { report } = checkWorkbook({ sheets: [snap('施策評価表', rows)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['認定農業者数', '新規就農者数', '間伐実施面積', '森林ボランティア参加者数']);
  expect(report.groups.map((g) => [g.cell, g.name])).toEqual([
    ['E3', '施策2-1 担い手の確保と育成'],
    ['E8', '施策2-2 森林の保全と活用'],
  ]);
  expect(report.groups.every((g) => g.grade !== null)).toBe(true);
});

test('one title line with its rating label rates the whole sheet, as before', () => {
  const { report } = checkWorkbook({ sheets: [snap('施策評価表', rows.slice(0, 6))] }, {});
  expect(report.groups.map((g) => g.cell)).toEqual(['E3']);
  expect(report.indicators).toHaveLength(2);
});
