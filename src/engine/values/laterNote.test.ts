import { datesFigureToCome } from './laterNote';

test.each([
  ['pending', 'R6秋公表予定', true],
  ['pending', '令和7年3月判明見込み', true],
  ['not-implemented', '講師の都合により令和６年度に延期', true],
  ['pending', '令和4年度分', false],
  ['value', 'R6公表予定', false],
  ['not-implemented', '令和5年度', false],
  // A dash noting the next survey (「－（次回調査：令和7年度）」): the year is the survey's to come, no figure's.
  ['not-applicable', '次回調査:令和7年度', true],
  ['not-applicable', '次回は令和7年度に調査', true],
  ['not-applicable', '令和4年度', false],
  ['value', '次回調査:令和7年度', false],
] as const)('%s with note %s: %s', (status, note, expected) => {
  expect(datesFigureToCome(status, note)).toBe(expected);
});
