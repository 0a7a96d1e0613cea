/** A note's subject is a year's 実績 as a whole only when the note opens with the year and 実績. */
import { yearActualSubject } from './yearActualSubject';

test.each([
  ['※令和5年度の実績値は速報値', 2023, true, '速報値'],
  ['R5実績については見込値を記載', 2023, true, '見込値を記載'],
  ['注1：2022年度実績は概数', 2022, true, '概数'],
  ['※令和5年度実績が確定していない指標は', 2023, false, '確定していない指標は'],
])('%s: year %d, subject closed %s, then %s', (text, fiscalYear, closed, rest) => {
  expect(yearActualSubject(text)).toEqual({ fiscalYear, closed, rest });
});

test.each([['※No.1のR5実績は速報値'], ['※相談件数の令和5年度実績は速報値'], ['※令和5年度の目標値は見込値'], ['※令和6年3月末の実績は速報値']])(
  '%s has no year’s 実績 as its subject',
  (text) => {
    expect(yearActualSubject(text)).toBeNull();
  },
);
