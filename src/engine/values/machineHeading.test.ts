/** A system's column name joins a period and a heading word with an underscore: read as the heading written with a space. */
import { classifyLabel } from './labels';
import { machineHeading } from './machineHeading';

test('a period joined to a word by an underscore reads as the two written apart', () => {
  expect(machineHeading('R05_目標値')).toBe('R05 目標値');
  expect(machineHeading('FY2023_実績')).toBe('FY2023 実績');
  expect(machineHeading('実績値_令和5年度')).toBe('実績値 令和5年度');
  expect(machineHeading('Ｒ０５＿実績値')).toBe('R05 実績値');
});

test('no period on one side alone, or on both, is no machine heading', () => {
  for (const t of ['指標1_名称', '実績値_1', '実績_2023', '重点_フラグ', 'R04_R05', 'R05目標値', 'R05_目標_値', '_目標値', 'R05_'])
    expect([t, machineHeading(t)]).toEqual([t, null]);
});

test('the headings classify with their period and role', () => {
  expect(classifyLabel('R05_目標値')).toEqual({ role: 'target', period: expect.objectContaining({ fiscalYear: 2023 }) });
  expect(classifyLabel('R04_実績値')).toEqual({ role: 'actual', period: expect.objectContaining({ fiscalYear: 2022 }) });
  expect(classifyLabel('重点フラグ')).toBeNull();
  expect(classifyLabel('指標1_名称')).toBeNull();
});
