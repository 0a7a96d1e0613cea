/** A policy sheet's 達成度評価 label over a blank merged box as wide as the label and the blank cell right of it. */
import { detectSheet } from './index';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['基本施策評価シート　評価対象年度：2023年度', null, null, null, null, null, null, null, null, null, null],
  ['基本施策', '２－１　観光の振興', null, null, null, null, null, null, '達成度評価', null, '前年度'],
  ['担当部', '商工観光部', null, null, null, null, null, null, null, null, '（Ｂ）'],
  [null, null, null, null, null, null, null, null, null, null, null],
  ['指標①', '観光入込客数', null, null, null, null, '指標②', '宿泊者数', null, null, null],
  ['単位', '千人', null, null, null, null, '単位', '千人', null, null, null],
  [null, '2021年度', '2022年度', '2023年度', '2024年度', null, null, '2021年度', '2022年度', '2023年度', '2024年度'],
  ['計画値', 1300, 1400, 1500, 1600, null, '計画値', 380, 400, 420, 440],
  ['実績', 1100, 1250, 1320, null, null, '実績', 350, 395, 430, null],
];
const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('達成度評価 is the rating label; its cell is the merged box under it, last year’s （Ｂ） right of the box', () => {
  const d = detectSheet(snap('基本施策2-1', rows, { merges: ['I3:J3', 'B5:E5', 'H5:K5'] }), scale);
  expect(d.meta.groupGrade).toMatchObject({ labelCell: 'I2', cell: 'I3', previousGrade: 'B', previousCell: 'K3' });
});

test('without the box under it, the cell right of the label stays the rating cell', () => {
  const flat = rows.map((r, i) => (i === 2 ? r.map((v, c) => (c === 10 ? null : v)) : r));
  const d = detectSheet(snap('基本施策2-1', flat, { merges: ['B5:E5', 'H5:K5'] }), scale);
  expect(d.meta.groupGrade?.cell).toBe('J2');
});
