/** A year heading naming its figures as that year's increase (「令和3年度増加分」) is a period heading of that year. */
import { parsePeriodCell } from './periods';
import { increaseAfterYear } from './yearIncrease';

test('the increase word right after the year: the year written is the period, a plan ordinal in brackets beside it too', () => {
  expect(parsePeriodCell('令和3年度増加分\n（1年目）')?.period).toMatchObject({ fiscalYear: 2021, kind: 'fiscal' });
  expect(parsePeriodCell('R4増分')?.period.fiscalYear).toBe(2022);
  expect(parsePeriodCell('令和4年度純増分')?.period.fiscalYear).toBe(2022);
  expect(increaseAfterYear('令和3年度増加分', 5)).toBe(3);
});

test('counted from a year, another measure, a word before the year or a target heading: no period heading', () => {
  expect(parsePeriodCell('令和3年度からの増加分')).toBeNull();
  expect(parsePeriodCell('令和3年度増加分の割合')).toBeNull();
  expect(parsePeriodCell('R3増加率')).toBeNull();
  expect(parsePeriodCell('増加分（R4）')).toBeNull();
  expect(parsePeriodCell('令和5年度増加分\n（3年目）目標値')).toBeNull();
  expect(increaseAfterYear('令和3年度からの増加分', 5)).toBe(0);
});
