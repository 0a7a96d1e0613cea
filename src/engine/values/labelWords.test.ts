/** Heading words beyond the usual Japanese ones: English headings, parts of a period, totals. */
import { classifyLabel } from './labels';
import { relativeOnly } from './relativePeriods';

describe('English headings', () => {
  test.each([
    ['Target', 'target', undefined],
    ['FY2023 Target', 'target', 2023],
    ['FY2022 Actual', 'actual', 2022],
    ['Results', 'actual', undefined],
    ['Baseline', 'baseline', undefined],
    ['Unit', 'unit', undefined],
    ['Indicator', 'name', undefined],
    ['KPI', 'name', undefined],
    ['Note', 'note', undefined],
    ['Remarks', 'note', undefined],
  ])('%s is %s', (text, role, fy) => {
    const l = classifyLabel(text);
    expect(l?.role).toBe(role);
    expect(l?.period?.fiscalYear).toBe(fy);
  });

  test('a sentence with an English word is no heading', () => {
    expect(classifyLabel('Target for the next three years')).toBeNull();
  });
});

describe('parts and totals of a period', () => {
  test.each([
    ['第1四半期', 'part'],
    ['第４四半期', 'part'],
    ['Q3', 'part'],
    ['上半期', 'part'],
    ['年度計', 'actual'],
    ['年度累計', 'actual'],
    ['4月', 'part'],
    ['１２月', 'part'],
    ['3月分', 'part'],
    ['年間実績', 'actual'],
    ['年間目標', 'target'],
    ['合計', 'derived'],
  ])('%s is %s', (text, role) => {
    expect(classifyLabel(text)?.role).toBe(role);
  });
});

describe('periods relative to the evaluation period', () => {
  test.each([
    ['今年度目標', 'target', 0],
    ['本年度実績', 'actual', 0],
    ['前年度実績', 'actual', -1],
    ['昨年度の実績値', 'actual', -1],
    ['前々年度実績', 'actual', -2],
    ['来年度目標', 'target', 1],
    ['Last year Actual', 'actual', -1],
  ])('%s is %s, %i years from the period', (text, role, offset) => {
    const l = classifyLabel(text);
    expect(l?.role).toBe(role);
    expect(l?.relative).toBe(offset);
    expect(l?.period).toBeUndefined();
  });

  test('headings that already mean something with 前年度 keep their meaning', () => {
    expect(classifyLabel('前年度比')?.role).toBe('derived');
    expect(classifyLabel('前年度評価')?.role).toBe('previousGrade');
    expect(classifyLabel('前年度')).toBeNull();
  });
});

test('an indicator code column: 指標ID / 指標コード', () => {
  expect(classifyLabel('指標ID')?.role).toBe('id');
  expect(classifyLabel('指標コード')?.role).toBe('id');
});

test('a heading that is only a relative period', () => {
  expect(relativeOnly('今年度')).toBe(0);
  expect(relativeOnly('（前年度）')).toBe(-1);
  expect(relativeOnly('前年度実績')).toBeUndefined();
  expect(relativeOnly('令和5年度')).toBeUndefined();
});

describe("a department's comment column is its remark", () => {
  test.each(['コメント', '課のコメント', '担当課所見', '所見', 'Comments'])('%j reads as 備考', (t) => expect(classifyLabel(t)?.role).toBe('note'));
  test.each(['評価コメント', 'コメント数'])('%j is no 備考 heading', (t) => expect(classifyLabel(t)?.role).not.toBe('note'));
});
