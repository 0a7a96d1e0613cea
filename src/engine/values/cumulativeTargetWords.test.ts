/** A target over the plan's whole term: its heading (「5年間の目標」) and its figure (「5年間で延べ 50社」) read like any target's. */
import { classifyLabel, isCumulativeTargetHeading } from './labels';
import { parseValue } from './values';

test.each(['５年間の目標', '3か年の目標値', '計画期間の目標', '計画期間中の数値目標', '累計目標', '延べ目標値', '目標（累計）'])(
  '「%s」 is a cumulative target heading',
  (t) => {
    expect(classifyLabel(t)?.role).toBe('target');
    expect(isCumulativeTargetHeading(t)).toBe(true);
  },
);

test.each(['目標値', '最終目標（R7）', '中期目標', '年間目標', '累計実績', '実績（累計）'])('「%s」 is no cumulative target heading', (t) => {
  expect(isCumulativeTargetHeading(t)).toBe(false);
});

test.each([
  ['延べ 1,000人', 1000, '人'],
  ['累計 12件', 12, '件'],
  ['5年間で延べ 50社', 50, '社'],
  ['3か年で 90回', 90, '回'],
  ['計画期間中に 300人', 300, '人'],
  ['４年間の累計 2,400人', 2400, '人'],
])('「%s」 is one figure and its unit, the term before it no figure', (text, value, unit) => {
  const p = parseValue(text);
  expect([p.status, p.value, p.unit, p.ambiguous ?? false]).toEqual(['value', value, unit, false]);
});

test('a term alone is still a figure of its own (「5年間」), and two figures stay two', () => {
  expect(parseValue('5年間').value).toBe(5);
  expect(parseValue('5年間で 20社 30人').ambiguous).toBe(true);
});
