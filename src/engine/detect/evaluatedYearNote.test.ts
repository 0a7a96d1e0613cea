/** A note naming the year evaluated beside a year set aside as reference states the evaluated year; either sentence alone states none. */
import { attainmentYear, evaluatedYear } from './evaluatedYearNote';

test.each([
  ['※本表は令和５年度の施策評価に用いる。令和６年度の実績欄は６月末現在の参考値（評価の対象外）。', 2023],
  ['本表は令和5年度の事務事業評価に使用する。令和6年度の数値は参考であり、評価に用いない。', 2023],
])('%s', (text, year) => expect(evaluatedYear(text)?.fiscalYear).toBe(year));

test.each([
  '※本表は令和５年度の施策評価に用いる。',
  '※令和６年度の実績欄は６月末現在の参考値（評価の対象外）。',
  '※本表は令和６年度の施策評価に用いる。令和６年度の実績欄は参考値（評価の対象外）。',
  '※評価は達成率（実績÷目標）により、100％以上をA、80％以上をBとする。',
  // An earlier year set aside: the purpose year is the year the evaluation is held (review rv57).
  '※本表は令和６年度の行政評価に用いる。令和４年度の数値は参考値（計画策定前のため評価の対象外）。',
])('%s states no year', (text) => expect(evaluatedYear(text)).toBeNull());

test.each([
  ['※本表により令和５年度の達成状況を評価する（工賃向上計画推進会議 令和６年11月）。令和６年度は9月末現在の数値。', 2023],
  ['この表で令和4年度の達成度を評価する。', 2022],
])('the year whose attainment the table evaluates: %s', (text, year) => expect(attainmentYear(text)?.fiscalYear).toBe(year));

test.each([
  // An evaluation held in a year, or what is evaluated no attainment: no year stated.
  '※本表により令和６年度の施策を評価する。',
  '※本表は令和５年度の施策評価に用いる。',
  '※令和５年度の達成状況を評価する会議は令和６年11月に開催。',
])('%s states no attained year', (text) => expect(attainmentYear(text)).toBeNull());
