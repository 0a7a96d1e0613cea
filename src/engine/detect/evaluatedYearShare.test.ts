/** A note naming the year's share evaluated (「評価は令和5年度分」) states that year; other words after 分, or another round, state none. */
import { checkWorkbook } from '../actions/check';
import { evaluatedYearShare } from './evaluatedYearShare';
import { snap } from './testing';

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

test.each(['※事業費（コスト）の評価は令和5年度分', '※成果指標の評価は令和5年度分'])(
  'review rv83 item 2: %s evaluates another thing, no year of the figures',
  (text) => expect(evaluatedYearShare(text)).toBeNull(),
);

test('review rv83 item 1: a share note in one row’s 備考 leaves the sheet’s year to its title', () => {
  const { report } = checkWorkbook(
    {
      sheets: [
        snap('成果指標', [
          ['令和６年度　農業振興施策　成果指標'],
          ['指標', '単位', '令和５年度目標', '令和５年度実績', '令和６年度目標', '令和６年度実績', '備考'],
          ['農業産出額', '億円', 95, 97, 98, '－', '統計の公表が翌々年度のため、実績は前年度（評価は令和5年度分）'],
          ['認定農業者数', '経営体', 150, 146, 155, 158, ''],
          ['新規就農者数', '人', 12, 9, 12, 14, ''],
        ]),
      ],
    },
    {},
  );
  expect(report.period?.fiscalYear).toBe(2024);
  expect(report.indicators.find((i) => i.name === '認定農業者数')?.grade).toBe('A');
});
