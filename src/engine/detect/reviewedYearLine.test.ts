/** 「令和5年度事業　事後検証資料（令和6年6月　商工観光課）」 under the title: the reviewed project's year is the sheet's. */
import { checkWorkbook } from '../actions/check';
import { reviewedYearLine, reviewedYearStated } from './reviewedYearLine';
import { snap } from './testing';

test('a year’s 事業 and its review, the bracket dating the paper after the year closed: that year', () => {
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和6年6月　商工観光課）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('R5年度事業 評価調書（2024年5月）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('令和5年度事業の実績報告')?.fiscalYear).toBe(2023);
  // Review rv80 item 5: the date may close on its day, 末, 現在 or 時点 before the office.
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和6年6月30日　商工観光課）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('令和5年度事業 実績報告（令和6年5月末現在）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('令和5年度事業 実績報告（令和6年6月1日時点　企画課）')?.fiscalYear).toBe(2023);
  expect(reviewedYearLine('令和5年度事業 実績報告（令和6年5月末見込）')).toBeNull();
});

test('a paper dated within the next year states the period; one written later or undated does not', () => {
  expect(reviewedYearStated('令和5年度事業　事後検証資料（令和6年6月30日　商工観光課）')?.fiscalYear).toBe(2023);
  expect(reviewedYearStated('令和5年度事業 実績報告（令和7年3月）')?.fiscalYear).toBe(2023);
  expect(reviewedYearStated('令和5年度事業　効果検証資料（令和7年6月　商工観光課）')).toBeNull();
  expect(reviewedYearStated('令和5年度事業の実績報告')).toBeNull();
});

test('refused: a bracket inside the year or naming no month, a plan or budget, a year not opening the line', () => {
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和5年12月）')).toBeNull();
  expect(reviewedYearLine('令和5年度事業　事後検証資料（令和6年度予算）')).toBeNull();
  expect(reviewedYearLine('令和6年度事業計画')).toBeNull();
  expect(reviewedYearLine('令和6年度事業目標（令和6年4月）')).toBeNull();
  expect(reviewedYearLine('第2期 令和5年度事業 事後検証資料')).toBeNull();
});

const yearsRows = (line: string) =>
  snap(
    '推移',
    [
      ['商品券発行事業　実施状況の推移'],
      [line],
      [null],
      ['年度', '販売冊数（冊）', null, '取扱店舗数（店）', null],
      [null, '目標', '実績', '目標', '実績'],
      ['令和4年度', 45000, 45000, 850, 871],
      ['令和5年度', 50000, 48730, 900, 936],
      ['令和6年度', 50000, 21400, 950, 948],
    ],
    { merges: ['B4:C4', 'D4:E4', 'A4:A5'] },
  );

test('the next year filled on every row: a paper dated inside that year still evaluates the reviewed year (review rv80 item 5)', () => {
  const period = (line: string) => checkWorkbook({ sheets: [yearsRows(line)] }, {}).report.period?.fiscalYear;
  expect(period('令和5年度事業　事後検証資料（令和6年6月30日　商工観光課）')).toBe(2023);
  expect(period('令和5年度事業 実績報告（令和6年5月末現在）')).toBe(2023);
  // Written after the next year closed: its figures may be whole, the latest actual stays the period.
  expect(period('令和5年度事業　効果検証資料（令和7年6月　商工観光課）')).toBe(2024);
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
