import { checkWorkbook } from './check';
import { snap } from '../detect/testing';

const cover = snap('表紙', [[null], [null, null, '令和５年度　行政評価調書'], [null, null, '市民生活部']]);
const undated = snap('成果指標', [
  ['成果指標の状況'],
  ['指標名', '単位', '目標値', '実績値'],
  ['町内会加入率', '%', 78, 74.6],
  ['市民活動団体登録数', '団体', 150, 162],
]);

test('no year on the sheet of indicators: the workbook title on its cover gives the period (stated, not a guess)', () => {
  const { report } = checkWorkbook({ sheets: [cover, undated] });
  expect(report.period).toEqual({ label: expect.stringContaining('5'), fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.name, i.grade])).toEqual([
    ['町内会加入率', 'B'],
    ['市民活動団体登録数', 'A'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('without the cover the period stays unknown', () => {
  expect(checkWorkbook({ sheets: [undated] }).report.period).toBeNull();
});

test('the latest actual of a period table still comes before a cover title of another year', () => {
  const dated = snap('推移', [
    ['指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
    ['相談件数', 10, 9, 12, 13],
  ]);
  expect(checkWorkbook({ sheets: [cover, dated] }).report.period?.fiscalYear).toBe(2024);
});

test('a period stated on the cover (評価対象年度) comes before the latest actual of the sheets', () => {
  const statedCover = snap('表紙', [['行政評価調書'], ['評価対象年度：令和５年度']]);
  const dated = snap('推移', [
    ['指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
    ['相談件数', 10, 9, 12, 13],
  ]);
  const { report } = checkWorkbook({ sheets: [statedCover, dated] });
  expect([report.period?.fiscalYear, report.period?.source]).toEqual([2023, 'sheet']);
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([['相談件数', 9]]);
});

/** 令和3年度 … 令和5年度 each 目標 | 実績, then 令和6年度（6月末現在） already partly filled. */
const inProgress = (note?: string) =>
  snap('推移', [
    ['移住・定住施策　成果指標の年度別推移'],
    ['指標', '単位', '令和4年度', null, '令和5年度', null, '令和6年度\n（6月末現在）', null],
    [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
    ['移住相談件数', '件', 310, 335, 360, 392, 400, 98],
    ['移住フェア出展回数', '回', 6, 6, 6, 5, 6, 1],
    [],
    ...(note ? [[note]] : []),
  ]);

test('a year heading dated inside the year (「令和6年度（6月末現在）」) is the year in progress: the last whole year is inferred, a guess', () => {
  const { report } = checkWorkbook({ sheets: [inProgress()] });
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'latest-actual' });
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['移住相談件数', 360, 392],
    ['移住フェア出展回数', 6, 5],
  ]);
  expect(report.findings.some((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'period-inferred')).toBe(true);
});

test('a note naming the year evaluated beside the year set aside states the period: no guess', () => {
  const note = '※本表は令和５年度の施策評価に用いる。令和６年度の実績欄は６月末現在の参考値（評価の対象外）。';
  const { report } = checkWorkbook({ sheets: [inProgress(note)] });
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a latest year dated on the first of a month (「令和6年度（R6.5.1現在）」, a count’s reference day) is that year’s figure, not the year so far', () => {
  const sheet = snap('学校', [
    ['児童生徒数の推移'],
    ['指標', '単位', '令和4年度', '令和5年度', '令和6年度\n（R6.5.1現在）'],
    ['特別支援学級在籍児童生徒数', '人', 198, 212, 236],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] });
  expect(report.period).toMatchObject({ fiscalYear: 2024 });
  expect(report.indicators.map((i) => i.actual)).toEqual([236]);
});

test('every year dated at the same day inside it (各年9月末): the latest is still the latest', () => {
  const sheet = snap('推移', [['保育所の待機児童数の推移'], ['指標', 'R4（9月末現在）', 'R5（9月末現在）'], ['待機児童数', 12, 8]]);
  expect(checkWorkbook({ sheets: [sheet] }).report.period).toMatchObject({ fiscalYear: 2023 });
});

test('a sheet titled with the year in progress (a mid-year report of it) evaluates that year', () => {
  const sheet = snap('進捗', [
    ['令和6年度　成果指標'],
    ['指標', '令和5年度実績', '令和6年度目標', '令和6年度\n（9月末現在）'],
    ['移住相談件数', 392, 400, 210],
  ]);
  expect(checkWorkbook({ sheets: [sheet] }).report.period).toMatchObject({ fiscalYear: 2024 });
});
