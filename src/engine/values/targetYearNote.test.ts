/** 「令和7年3月末（目標年次）」: a period heading noted as the plan's target year heads the final target of that period. */
import { classifyLabel } from './labels';
import { isTargetYearNote } from './targetYearNote';

test.each([
  ['令和7年3月末\n（目標年次）', 2024],
  ['令和8年度（目標年度）', 2026],
  ['R7（計画の目標年次）', 2025],
])('%s heads a target of its period', (h, fy) => {
  const label = classifyLabel(h);
  expect([label?.role, label?.period?.fiscalYear]).toEqual(['target', fy]);
});

test.each(['目標年次', '目標年度', '（目標年度）', '令和8年度（最終）', '令和8年度（目標年度の翌年）'])('%s heads no target column', (h) => {
  expect(classifyLabel(h)?.role ?? null).not.toBe('target');
});

test('only a note wholly in brackets is one', () => {
  expect([isTargetYearNote('（目標年次）'), isTargetYearNote('目標年次'), isTargetYearNote('（目標年次の値）')]).toEqual([true, false, false]);
});
