/** A plan's term (令和４年度〜令和７年度) names no one year; the first year outside a term does. */
import { runsOnToAnotherYear, yearOutsideTerms } from './yearRange';

test.each([
  ['みなと市産業振興計画（令和４年度〜令和７年度）　指標と目標値', null],
  ['令和５年度 施策評価（計画期間 R3～R7）', 2023],
  ['第2期総合戦略（R2～R6） 令和５年度 KPI 進捗', 2023],
  ['令和５年度　指標実績報告', 2023],
  ['令和3年度～7年度 計画', null],
  ['成果指標一覧', null],
])('yearOutsideTerms(%s) is %s', (text, fy) => {
  expect(yearOutsideTerms(text)?.fiscalYear ?? null).toBe(fy);
});

test('a range within one fiscal year runs on to no other year', () => {
  expect(runsOnToAnotherYear('～令和6年3月31日', 2023)).toBe(false);
  expect(runsOnToAnotherYear('～令和7年度', 2022)).toBe(true);
});
