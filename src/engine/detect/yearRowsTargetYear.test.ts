/**
 * A block whose years run down the rows, closing with 「R7（目標値）」 or 「目標値（R7）」: that row is the plan's target line, its
 * 期待値 figure the target of R7.
 */
import { detectSheet } from './index';
import { snap } from './testing';

type Row = (string | number | null)[];
const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const block = (last: string, expected: Row): Row[] => [
  ['令和５年度　施策評価シート'],
  ['評価対象年度', '令和５年度'],
  ['指標①', '学校給食における地場産物の使用割合'],
  ['単位', '％', '目指す方向', '↑'],
  ['年度', '期待値', '実績値', '備考'],
  ['R3', expected[0], 28.2, null],
  ['R4', expected[1], 29.6, null],
  ['R5', expected[2], 31.2, null],
  ['R6', expected[3], null, null],
  [last, expected[4], null, null],
];

const targets = (rows: Row[]) =>
  detectSheet(snap('2-1', rows), scale).indicators[0].targets.map((t) => [t.cell, t.period?.fiscalYear, t.parsed.value ?? t.parsed.text]);

test('「R7（目標値）」 under the years: its 期待値 figure is the target of R7', () => {
  expect(targets(block('R7（目標値）', [30, 31, 32, 33, 35]))).toEqual([
    ['B6', 2021, 30],
    ['B7', 2022, 31],
    ['B8', 2023, 32],
    ['B9', 2024, 33],
    ['B10', 2025, 35],
  ]);
  expect(targets(block('令和7年度（目標）', [30, 31, 32, 33, 35])).pop()).toEqual(['B10', 2025, 35]);
});

test('a target dated by the later year (目標値（R7）) is read alike; one naming no later year, or no target, is none', () => {
  expect(targets(block('目標値（R7）', [30, 31, 32, 33, 35])).pop()).toEqual(['B10', 2025, 35]);
  expect(targets(block('R5（目標値）', [30, 31, 32, 33, 35]))).toHaveLength(4);
  expect(targets(block('R7（参考）', [30, 31, 32, 33, 35]))).toHaveLength(4);
});
