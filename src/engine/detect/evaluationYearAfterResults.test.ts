/** A 評価年度 the year after the year of the work its title names gives that year; any other label, title or gap leaves the stated year. */
import { findPeriod } from '../values/periods';
import { evaluationYearAfterResults } from './evaluationYearAfterResults';

const line = (text: string, year: string, extra: { asOf?: true } = {}) => ({ period: findPeriod(year)!.period, cell: 'A1', text, ...extra });
const TITLE = '事務事業評価シート（令和６年度実施事業）';

test('評価年度 令和７年度 under 令和６年度実施事業: 令和６年度', () => {
  const title = line(TITLE, '令和6年度');
  expect(evaluationYearAfterResults(line('評価年度 令和７年度', '令和7年度'), title, TITLE).period.fiscalYear).toBe(2024);
});

test.each([
  ['評価対象年度 令和７年度', '令和7年度', TITLE], // names the figures' year itself
  ['対象年度 令和７年度', '令和7年度', TITLE],
  ['評価年度 令和８年度', '令和8年度', TITLE], // two years apart
  ['評価年度 令和６年度', '令和6年度', TITLE], // the same year
  ['評価年度 令和７年度', '令和7年度', '別の表題'], // the results year is no title's
])('%s stays', (text, year, titleText) => {
  expect(evaluationYearAfterResults(line(text, year), line(TITLE, '令和6年度'), titleText).text).toBe(text);
});

test('an as-of date in the title is no results year', () => {
  const title = line('（令和7年3月末現在）', '令和7年3月', { asOf: true });
  expect(evaluationYearAfterResults(line('評価年度 令和７年度', '令和7年度'), title, title.text).period.fiscalYear).toBe(2025);
});
