/** 「令和5年度事業　事後検証資料（令和6年6月　商工観光課）」 under the title: the reviewed project's year is the sheet's. */
import { checkWorkbook } from '../actions/check';
import { reviewedYearLine } from './reviewedYearLine';
import { snap } from './testing';

test('a year’s 事業 and its review, the bracket dating the paper after the year closed: that year', () => {
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和6年6月　商工観光課）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('R5年度事業 評価調書（2024年5月）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('令和5年度事業の実績報告')?.fiscalYear).toBe(2023);
});

test('refused: a bracket inside the year or naming no month, a plan or budget, a year not opening the line', () => {
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和5年12月）')).toBeNull();
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和6年度予算）')).toBeNull();
  expect(reviewedYearLine('令和6年度事業計画')).toBeNull();
  expect(reviewedYearLine('令和6年度事業目標（令和6年4月）')).toBeNull();
  expect(reviewedYearLine('第2期 令和5年度事業 事後検証資料')).toBeNull();
});

test('years as rows under such a line: the reviewed year is evaluated, never the next year planned with 実施中', () => {
  const s = snap(
    '推移',
    [
      ['商品券発行事業　実施状況の推移'],
      ['令和5年度事業　事後検証資料（令和6年6月　商工観光課）'],
      [null],
      ['年度', '販売冊数（冊）', null, '取扱店舗数（店）', null],
      [null, '目標', '実績', '目標', '実績'],
      ['令和3年度', 40000, 39115, 800, 812],
      ['令和4年度', 45000, 45000, 850, 871],
      ['令和5年度', 50000, 48730, 900, 936],
      ['令和6年度', 50000, '（実施中）', 950, null],
    ],
    { merges: ['B4:C4', 'D4:E4', 'A4:A5'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['販売冊数', 50000, 48730],
    ['取扱店舗数', 900, 936],
  ]);
});
