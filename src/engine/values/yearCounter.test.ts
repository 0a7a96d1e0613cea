/** The small ヶ counts years as か / ヵ / カ / ケ / 箇 do, in every reader of a term's words (review rv79 item 9). */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { marksRunningTotal } from '../detect/cumulativeTarget';
import { figureCumulativeMark } from './figureCumulativeMark';
import { isCumulativeTargetHeading } from './labels';
import { parseValue } from './values';

test.each(['三ヶ年累計', '3ヶ年累計', '5ヶ年間の累計'])('「%s」 marks a running total', (mark) => {
  expect(marksRunningTotal(mark)).toBe(true);
});

test('「3ヶ年の目標値」 is a target over the term; 「3ヶ年で 90回」 one figure; 「3ヶ年間累計」 no 年間 within the year', () => {
  expect(isCumulativeTargetHeading('3ヶ年の目標値')).toBe(true);
  const p = parseValue('3ヶ年で 90回');
  expect([p.status, p.value, p.unit, p.ambiguous ?? false]).toEqual(['value', 90, '回', false]);
  expect(figureCumulativeMark('60（3ヶ年間累計）')?.withinYear).toBe(false);
});

test.each([
  ['60（三ヶ年累計）', [18, 21, 19], [58, 'B']],
  ['1,500（3ヶ年累計）', [320, 290, 310], [920, 'C']],
  ['1,500（3か年累計）', [320, 290, 310], [920, 'C']],
])('%s beside a 累計 column is read against it, with no flag saying there is none', (target, years, expected) => {
  const rows = [
    ['令和５年度　施策評価シート'],
    ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
    ['通いの場の新規立ち上げ数', 'か所', target, ...years, years.reduce((a, b) => a + b, 0)],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] });
  expect(report.indicators.map((i) => [i.actual, i.grade])).toEqual([expected]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
