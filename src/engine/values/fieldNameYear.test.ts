import { fieldNameYear, machineHeading } from './fieldNameYear';
import { classifyLabel } from './labels';

describe('an export’s column name with its year joined by an underscore', () => {
  test('the year part dates the column, before or after the word, a bare year or an era year', () => {
    expect(fieldNameYear('実績_2023')).toMatchObject({ word: '実績', period: { fiscalYear: 2023, kind: 'fiscal' } });
    expect(fieldNameYear('2024_目標')).toMatchObject({ word: '目標', period: { fiscalYear: 2024 } });
    expect(fieldNameYear('R05_実績値')).toMatchObject({ word: '実績値', period: { fiscalYear: 2023 } });
    expect(fieldNameYear('評価＿２０２３')).toMatchObject({ word: '評価', period: { fiscalYear: 2023 } });
  });

  test('no underscore, more than two parts, no year part, two years or a year with more words is no such name', () => {
    for (const t of ['実績2023', '実績_2023_確定', '実績_値', '2022_2023', '実績_2023年3月', '_2023', '指標_コード']) expect(fieldNameYear(t)).toBeNull();
  });

  test('the label reads its word part with the year as its period: actual, grade; a name stays no label', () => {
    expect(classifyLabel('実績_2023')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
    expect(classifyLabel('評価_2023')).toMatchObject({ role: 'grade', period: { fiscalYear: 2023 } });
    expect(classifyLabel('目標値_R06')).toMatchObject({ role: 'target', period: { fiscalYear: 2024 } });
    expect(classifyLabel('指標名_2023')).toBeNull();
    expect(classifyLabel('備考_2023')).toBeNull();
  });
});

// A system's column name joins a period and a heading word with an underscore: read as the heading written with a space.

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
