/** 「令和６年度評価（令和７年５月　…報告）」: an evaluation dated after its year closed states that year; dated within it, nothing. */
import { checkWorkbook } from '../actions/check';
import { resultsYear } from './periodStatements';
import { snap } from './testing';
import { findPeriod } from '../values/periods';
import { evaluationReportedAfter } from './evaluationReportedAfter';

test.each([
  ['令和６年度評価（令和７年５月　雪対策推進会議報告）', 2024],
  ['令和5年度 施策評価（令和6年6月 行政評価委員会報告）', 2023],
  ['2023年度評価（2024年4月公表）', 2023],
])('%s states the year evaluated', (text, fy) => {
  expect(resultsYear(text)?.fiscalYear).toBe(fy);
});

test.each([
  // Dated within the year: may be the evaluation held in that year of the year before's figures.
  '令和6年度評価（令和6年8月　推進会議報告）',
  '令和6年度 施策評価（令和7年2月）',
  // Undated, or dated two years on (a revision), or a bracket that is no date.
  '令和６年度評価',
  '令和6年度評価（令和8年5月 改訂）',
  '令和6年度評価（概要版）',
  // The date is of something else than the evaluation.
  '令和6年度 事業一覧（令和7年5月報告）',
])('%s states nothing', (text) => {
  expect(resultsYear(text)).toBeNull();
});

test('only a fiscal year names its evaluation', () => {
  const month = findPeriod('令和6年3月')!.period;
  expect(evaluationReportedAfter('評価（令和6年5月）', month)).toBe(false);
});

const kpiSheet = (line: string) =>
  snap('KPI', [
    ['雪に強いまちづくり戦略　KPI進捗状況'],
    [line],
    [],
    ['KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末'],
    ['除雪ボランティア登録者数（人）', '目標値', 320, 335, 350],
    [null, '実績値', 331, 340, 362],
  ]);

test('such a line above the table is the sheet’s period: no guess from the latest column', () => {
  const { report } = checkWorkbook({ sheets: [kpiSheet('令和６年度評価（令和７年５月　雪対策推進会議報告）')] });
  expect(report.period?.fiscalYear).toBe(2024);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('dated within the year, the line states nothing and the period stays a guess', () => {
  const { report } = checkWorkbook({ sheets: [kpiSheet('令和６年度評価（令和６年８月　雪対策推進会議報告）')] });
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});
