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
