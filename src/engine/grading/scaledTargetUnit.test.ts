/**
 * A target written in a scaled form of the indicator's unit (「22千人」 for an indicator in 人, 「300万円」 in 円) is read in
 * the indicator's unit: its figure converted, never the bare number with the scale word dropped; an actual written in
 * another scaled form (「43,870人」 under a target of 「45千人」) is compared in that same unit.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const read = (unit: string, target: string | number, actual: string | number) => {
  const sheet = snap('指標', [['施策の成果指標（令和5年度）'], ['指標名', '単位', '目標値', '実績値'], ['図書館の年間利用者数', unit, target, actual]]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  const ind = report.indicators.find((i) => i.name === '図書館の年間利用者数')!;
  return [ind.target, ind.actual, ind.grade];
};

test('a target of 「22千人」 for an indicator in 人 is 22,000 人, graded against the actual in 人', () => {
  expect(read('人', '22千人', 21000)).toEqual([22000, 21000, 'B']);
});

test('a target in 千人 and an actual in 人 under an indicator in 人: both in 人', () => {
  expect(read('人', '45千人', '43,870人')).toEqual([45000, 43870, 'B']);
});

test('a target in the indicator’s own unit is read as written', () => {
  expect(read('千人', '22千人', 21)).toEqual([22, 21, 'B']);
  expect(read('人', 22000, 21000)).toEqual([22000, 21000, 'B']);
});

test('a target in 万円 for an indicator in 円', () => {
  expect(read('円', '300万円', 2400000)[0]).toBe(3000000);
});
