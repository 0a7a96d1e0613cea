import { datesFigureToCome } from './laterNote';

test.each([
  ['pending', 'R6秋公表予定', true],
  ['pending', '令和7年3月判明見込み', true],
  ['not-implemented', '講師の都合により令和６年度に延期', true],
  ['pending', '令和4年度分', false],
  ['value', 'R6公表予定', false],
  ['not-implemented', '令和5年度', false],
] as const)('%s with note %s: %s', (status, note, expected) => {
  expect(datesFigureToCome(status, note)).toBe(expected);
});
