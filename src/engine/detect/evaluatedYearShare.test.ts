/** A note naming the year's share evaluated (「評価は令和5年度分」) states that year; other words after 分, or another round, state none. */
import { evaluatedYearShare } from './evaluatedYearShare';

test.each([
  ['※令和6年度の実績は、令和7年1月の推進協議会報告用に入力した速報値です（評価は令和5年度分）。', 2023],
  ['評価対象は令和５年度分です。', 2023],
  ['※評価はR4年度分のみ', 2022],
])('%s', (text, year) => expect(evaluatedYearShare(text)?.fiscalYear).toBe(year));

test.each([
  '※評価は令和5年度分ではなく、令和6年度分の速報値による。',
  '※評価は令和5年度分から累計で行う。',
  '※前回の評価は令和4年度分。',
  '※前年度評価は令和4年度分',
  '※令和5年度分の評価は令和6年11月に実施。',
  '※評価は達成率により行う（令和5年度分）。',
])('%s states no year', (text) => expect(evaluatedYearShare(text)).toBeNull());
