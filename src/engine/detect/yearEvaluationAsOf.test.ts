/** 「（令和5年度評価：令和6年3月末時点）」 states the year its label names when the date closes that year; else nothing. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { yearEvaluationAsOf } from './yearEvaluationAsOf';

test('a year evaluated with the date closing it states that year; a date in another year or month states nothing', () => {
  expect(yearEvaluationAsOf('（令和5年度評価：令和6年3月末時点）')?.fiscalYear).toBe(2023);
  expect(yearEvaluationAsOf('令和5年度の評価: R6.3.31現在')?.fiscalYear).toBe(2023);
  expect(yearEvaluationAsOf('（令和6年度評価：令和6年3月末時点）')).toBeNull();
  expect(yearEvaluationAsOf('（令和5年度評価：令和5年9月末時点）')).toBeNull();
  expect(yearEvaluationAsOf('（基準値：令和6年3月末時点）')).toBeNull();
  expect(yearEvaluationAsOf('令和5年度評価')).toBeNull();
});

test('such a line above a KPI table is the sheet period: no period-inferred guess', () => {
  const sheet = snap('KPI', [
    ['重要業績評価指標（KPI）の達成状況'],
    ['（令和5年度評価：令和6年3月末時点）'],
    [],
    ['KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末'],
    ['移住者数', '目標値', 70, 80, 90],
    ['移住者数', '実績値', 61, 64, null],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('the year and the date set apart by a space, no colon, state the year as well; the same narrowing holds', () => {
  expect(yearEvaluationAsOf('（令和４年度評価　令和５年３月末現在）')?.fiscalYear).toBe(2022);
  expect(yearEvaluationAsOf('令和4年度の評価 R5.3.31時点')?.fiscalYear).toBe(2022);
  // The date closes another year, or stands in mid-year: 令和５年度's evaluation may be of 令和４年度's figures.
  expect(yearEvaluationAsOf('（令和５年度評価　令和５年３月末現在）')).toBeNull();
  expect(yearEvaluationAsOf('（令和４年度評価　令和４年９月末現在）')).toBeNull();
  // Words between the label and the date date another figure.
  expect(yearEvaluationAsOf('令和4年度評価　基準値は令和5年3月末現在')).toBeNull();
});

test('a spaced statement whose date closes another year leaves the period inferred, with its look at the later columns', () => {
  const rows = (line: string) => [
    ['重要業績評価指標（KPI）の進捗状況'],
    [line],
    [],
    ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末'],
    ['移住者数', '目標値', 70, 80, 90],
    ['移住者数', '実績値', 61, 64, null],
  ];
  const read = (line: string) => checkWorkbook({ sheets: [snap('KPI', rows(line))] }, {}).report;
  const stated = read('（令和４年度評価　令和５年３月末現在）');
  expect(stated.period).toMatchObject({ fiscalYear: 2022, source: 'sheet' });
  expect(stated.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  const other = read('（令和５年度評価　令和５年３月末現在）');
  expect(other.period).toMatchObject({ fiscalYear: 2022, source: 'latest-actual' });
  expect(other.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});

test('the date first, then the year’s evaluation (「（令和２年３月末現在：令和元年度の評価）」): the same statement, the same narrowing', () => {
  expect(yearEvaluationAsOf('（令和２年３月末現在：令和元年度の評価）')?.fiscalYear).toBe(2019);
  expect(yearEvaluationAsOf('R6.3.31時点：令和5年度評価')?.fiscalYear).toBe(2023);
  // The date closes another year than the one evaluated, stands in mid-year, or dates another figure: nothing stated.
  expect(yearEvaluationAsOf('（令和２年３月末現在：令和２年度の評価）')).toBeNull();
  expect(yearEvaluationAsOf('（令和元年９月末現在：令和元年度の評価）')).toBeNull();
  expect(yearEvaluationAsOf('（基準値は令和２年３月末現在：令和元年度の評価）')).toBeNull();
  const sheet = snap('KPI', [
    ['住生活基本計画　KPIの進捗状況'],
    ['（令和２年３月末現在：令和元年度の評価）'],
    [],
    ['KPI', '区分', '令和2年3月末', '令和3年3月末'],
    ['入居率', '目標値', 92, 93],
    ['入居率', '実績値', 90.6, null],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2019, source: 'sheet' });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
