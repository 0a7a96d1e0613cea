import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { yearSeries } from './yearSeriesCells';

const years = (text: string) => yearSeries(text)?.map((p) => [p.period.fiscalYear, p.text]) ?? null;

describe('yearSeries: a figure per year in one cell', () => {
  test('「令和3年度：3,120人　令和4年度：3,870人　令和5年度：4,210人」', () => {
    expect(years('令和3年度：3,120人　令和4年度：3,870人　令和5年度：4,210人')).toEqual([
      [2021, '3,120人'],
      [2022, '3,870人'],
      [2023, '4,210人'],
    ]);
  });

  test('「R3 588,000／R4 601,200」 and a pending last year', () => {
    expect(years('R3 588,000／R4 601,200')).toEqual([
      [2021, '588,000'],
      [2022, '601,200'],
    ]);
    expect(years('R4：12件、R5：集計中')).toEqual([
      [2022, '12件'],
      [2023, '集計中'],
    ]);
  });

  test('one year, a sentence, a span of years or a repeated year is no series', () => {
    expect(years('令和5年度：4,210人')).toBeNull();
    expect(years('令和3年度から令和5年度までに4,500人')).toBeNull();
    expect(years('令和3年度～令和5年度')).toBeNull();
    expect(years('R5：100件　R5：120件')).toBeNull();
    expect(years('来場者数 3,120人（令和5年度）')).toBeNull();
    expect(years('令和4年度は3,870人、令和5年度は増加の見込み')).toBeNull();
    expect(years('令和4年度から 100　令和5年度 120')).toBeNull();
  });

  test('a year compared with (「令和4年度比 +340人」) is no figure of that year: the change is passed over', () => {
    expect(years('令和5年度 4,210人 令和4年度比 +340人')).toEqual([[2023, '4,210人']]);
    expect(years('令和5年度 4,210人（令和4年度比 +340人）')).toEqual([[2023, '4,210人']]);
  });
});

test('「令和5年度 4,210人 令和4年度比 +340人」: the change from 令和4年度 is not that year’s figure (no jump from 340)', () => {
  const sheet = snap('指標', [
    ['令和5年度　指標'],
    ['指標', '目標値', '実績値'],
    ['観光客数', 5000, '令和5年度 4,210人 令和4年度比 +340人'],
    ['宿泊者数', 900, 880],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])[0]).toEqual(['観光客数', 5000, 4210, 'B']);
  expect(report.findings.filter((f) => f.code === 'outlier-jump')).toEqual([]);
});

test('a table cell of yearly figures is read as the period’s figure, not as three measures of one year', () => {
  const sheet = snap('指標', [
    ['令和5年度　成果指標の状況'],
    ['指標名', '単位', '目標値（令和5年度）', '年度別実績'],
    ['公民館講座の受講者数', '人', 4500, '令和3年度：3,120人　令和4年度：3,870人　令和5年度：4,210人'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  const ind = report.indicators.find((i) => i.name === '公民館講座の受講者数')!;
  expect(report.period?.fiscalYear).toBe(2023);
  expect([ind.target, ind.actual, ind.grade, ind.measures]).toEqual([4500, 4210, 'B', undefined]);
});
