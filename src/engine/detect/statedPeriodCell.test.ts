/**
 * A stated-period cell with its label and value separated by spaces only (「評価年度　令和５年度」, one cell) states the
 * evaluation period as 「評価年度：令和5年度」 does: the sheet's figures of other years (a next year's target row) are no
 * reason for a period-unstated guess.
 *
 * A 評価年度 label naming another round (「前回評価年度　令和4年度」「次回評価年度：令和7年度」) states no evaluation period
 * of this sheet: the label must start a part of its cell (its start, or after a bracket, a bullet, a separator or a space),
 * and 前回 / 次回 / 前年度 / 次年度 before it name another round's year; a short qualifier of this round (中間評価年度) keeps
 * the statement.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (line: string) =>
  snap('成果', [
    ['生涯学習の成果指標', null, null, null],
    [line, null, null, null],
    ['指標名', '単位', '令和4年度実績', '令和5年度実績', '令和6年度実績', '令和6年度目標'],
    ['図書館の利用登録者数', '人', 12000, 12500, 12900, 13000],
    ['講座の受講者数', '人', 800, 850, 870, 900],
  ]);

test.each([
  ['評価年度　令和５年度', 2023],
  ['評価年度 R4', 2022],
  ['評価期間  令和5年度', 2023],
])('「%s」 in one cell is the stated period', (line, fy) => {
  expect(detectSheet(sheet(line), scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: fy } });
});

test('the spaced statement sets the period: its year column is read, with no guess', () => {
  const { report } = checkWorkbook({ sheets: [sheet('評価年度　令和５年度')] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => i.actual)).toEqual([12500, 850]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a 評価年度 heading over a column of years states nothing by itself', () => {
  expect(detectSheet(sheet('評価年度の考え方は別紙のとおり'), scale).meta.statedPeriod).toBeUndefined();
});

test.each([
  '前回評価年度　令和4年度',
  '次回評価年度　令和7年度',
  '前回評価年度：令和4年度',
  '次回評価年度：令和7年度',
  '前年度評価対象期間：令和4年度',
  '次年度の評価対象年度 令和7年度',
  '計画期間：令和3年度～令和7年度 ／ 前回評価年度：令和4年度',
  '前回報告対象：令和4年度',
])('「%s」 states no period of this sheet', (line) => {
  expect(detectSheet(sheet(line), scale).meta.statedPeriod).toBeUndefined();
});

test("a previous round's year is never the period the figures are read for", () => {
  const { report } = checkWorkbook({ sheets: [sheet('前回評価年度　令和4年度')] }, {});
  expect(report.period?.fiscalYear).not.toBe(2022);
});

test.each([
  ['評価年度：令和5年度', 2023],
  ['評価年度　令和５年度', 2023],
  ['（評価年度：令和5年度）', 2023],
  ['■評価年度　令和5年度', 2023],
  ['・評価期間：R5', 2023],
  ['評価対象年度：令和5年度（前回評価年度：令和4年度）', 2023],
  ['前回評価年度：令和4年度　評価年度：令和5年度', 2023],
  ['計画期間：令和3年度～令和7年度　／　中間評価年度：令和5年度', 2023],
  ['報告対象：令和５年度', 2023],
  ['報告対象年度　Ｒ５', 2023],
  ['（報告対象期間：令和5年度）', 2023],
])('「%s」 still states the period', (line, fy) => {
  expect(detectSheet(sheet(line), scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: fy } });
});

// A range of years is the plan's term, no evaluation year: reading its first year would grade that year's actuals silently.
test.each([
  '報告対象期間：令和3年度～令和7年度',
  '総合戦略 KPI進捗（報告対象期間：令和３年度から令和７年度まで）',
  '（報告対象期間：R3～R7）',
  '報告対象期間　令和3年度～7年度',
])('「%s」 is a range of years: no stated period', (line) => {
  expect(detectSheet(sheet(line), scale).meta.statedPeriod).toBeUndefined();
});

test('with a range stated, the period is inferred from the figures and said to be a guess', () => {
  const kpi = snap('KPI', [
    ['総合戦略 KPI一覧'],
    ['報告対象期間：令和3年度～令和7年度'],
    ['指標名', '単位', '令和3年度実績', '令和4年度実績', '令和5年度実績', '目標値（令和7年度）'],
    ['相談件数', '件', 58, 45, 30, 60],
  ]);
  const { report } = checkWorkbook({ sheets: [kpi] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => i.actual)).toEqual([30]);
  expect(report.findings.some((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'period-inferred')).toBe(true);
});

test('a range within one fiscal year states that year', () => {
  expect(detectSheet(sheet('評価対象期間：令和5年4月1日～令和6年3月31日'), scale).meta.statedPeriod).toMatchObject({ period: { fiscalYear: 2023 } });
});
