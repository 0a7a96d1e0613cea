/** A 目標年度 column holds the year the target is for, not a figure: the target is the 目標値 beside it. */
import { classifyLabel } from '../values/labels';
import { detectSheet } from './index';
import { snap } from './testing';

test('目標年度 alone is no target heading; 目標年度値 (the value for the target year) still is', () => {
  expect(classifyLabel('目標年度')?.role).not.toBe('target');
  expect(classifyLabel('目標年度値')?.role).toBe('target');
});

test('a table with 基準年度 / 基準値 and 目標年度 / 目標値 takes its targets from 目標値, not from the years', () => {
  const sheet = snap('計画指標', [
    ['緑の基本計画　指標の状況（2024年度実績）'],
    [],
    ['指標', '単位', '基準年度', '基準値', '2024年度', '目標年度', '目標値'],
    ['都市公園面積', 'ha', 2018, 120, 131, 2032, 150],
    ['緑化協定件数', '件', 2018, 40, 47, 2032, 60],
  ]);
  const read = detectSheet(sheet, []).indicators.map((i) => [i.name, i.targets.map((t) => t.raw), i.actuals.map((a) => a.raw), i.baselines.map((b) => b.raw)]);
  expect(read).toEqual([
    ['都市公園面積', [150], [131], [120]],
    ['緑化協定件数', [60], [47], [40]],
  ]);
});
