import { datesFigureOf, remarkAsOf } from './remarkAsOf';

test('a month with 時点 / 現在 after it (its day or 末 between) is the remark’s as-of date, taken out of the rest', () => {
  expect(remarkAsOf('速報値（令和6年5月時点）')).toMatchObject({ date: { fiscalYear: 2024, month: 5 }, rest: '速報値()' });
  expect(remarkAsOf('R6.5.31現在の速報値')).toMatchObject({ date: { fiscalYear: 2024, month: 5 }, rest: 'の速報値' });
  expect(remarkAsOf('速報値（2024年5月末時点）')?.date.month).toBe(5);
});

test('the month a remark says the figure is made final (「…令和６年11月確定」) dates it as an as-of date does; 確定予定 does not', () => {
  expect(remarkAsOf('速報値（法定報告値は令和６年11月確定）')).toMatchObject({ date: { fiscalYear: 2024, month: 11 }, rest: '速報値(法定報告値は)' });
  expect(remarkAsOf('令和6年11月確定予定')).toBeNull();
});

test('a year named without 時点 / 現在, or a fiscal year, is no as-of date', () => {
  expect(remarkAsOf('令和5年度は速報値')).toBeNull();
  expect(remarkAsOf('令和6年5月に確定予定')).toBeNull();
  expect(remarkAsOf('速報値')).toBeNull();
});

test('an as-of date dates figures of its own fiscal year and earlier ones, never of a later year', () => {
  const date = remarkAsOf('速報値（令和6年5月時点）')!.date;
  expect(datesFigureOf(date, 2023)).toBe(true);
  expect(datesFigureOf(date, 2024)).toBe(true);
  expect(datesFigureOf(date, 2025)).toBe(false);
});
