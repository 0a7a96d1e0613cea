import { titleYearLine } from './titleYearLine';

test('a line naming the year and what of it is reported: that year', () => {
  expect(titleYearLine('【令和５年度評価】')?.fiscalYear).toBe(2023);
  expect(titleYearLine('（R5年度実績）')?.fiscalYear).toBe(2023);
  expect(titleYearLine('令和6年度 進捗状況')?.fiscalYear).toBe(2024);
});

test('any other word beside the year: no such line', () => {
  expect(titleYearLine('令和5年度予算')).toBeNull();
  expect(titleYearLine('令和５年度評価基準')).toBeNull();
  expect(titleYearLine('【令和５年度評価】　担当：企画課')).toBeNull();
  expect(titleYearLine('令和5年3月末')).toBeNull();
});
