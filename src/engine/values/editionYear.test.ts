/** An edition's year (令和6年度版) gives way to the year of the figures the title names; alone, it stays the title's year. */
import { titleYear } from './editionYear';

test.each([
  ['みなと市環境白書（令和6年度版）　― 2023年度の取組と環境の状況 ―', 2023],
  ['令和6年版 環境白書　令和5年度の状況', 2023],
  ['2024年版　2023年度実績', 2023],
  // No other year: the edition's year is kept as the title's (as before this rule).
  ['環境白書（令和6年度版）', 2024],
  ['シティプロモーション戦略　指標の目標（令和5年度版）', 2023],
  // Not an edition: the first year, a plan's term passed over as before.
  ['令和５年度 施策評価（計画期間 R3～R7）', 2023],
  ['環境白書（令和6年度版）　計画期間（令和3年度～令和12年度）', 2024],
  ['成果指標一覧', null],
])('titleYear(%s) is %s', (text, fy) => {
  expect(titleYear(text)?.fiscalYear ?? null).toBe(fy);
});
