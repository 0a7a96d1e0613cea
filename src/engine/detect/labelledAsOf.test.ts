/**
 * An as-of statement with its label first (「評価時点：2024年3月末」, perhaps glossed 「（令和５年度）」) states the fiscal
 * year its 3月 date closes, as the as-of statements without a label do (periodStatements.ts); a gloss naming another
 * year, or a date in another month, states nothing.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { asOfPeriod } from './periodStatements';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each([
  ['評価時点：2024年3月末（令和５年度）', '2024年3月末', 2023],
  ['評価時点：2024年3月末', '2024年3月末', 2023],
  ['集計時点: R6.3.31', 'R6.3.31', 2023],
  ['【データ時点：令和5年3月31日】', '令和5年3月31日', 2022],
])('%s states the fiscal year its date closes', (text, label, fy) => {
  expect(asOfPeriod(text)).toMatchObject({ label, fiscalYear: fy });
});

test.each([
  '評価時点：2024年3月末（令和６年度）',
  '評価時点：2024年9月末',
  '評価時点：2024年3月末の登録者数と前年度比較',
  '基準値時点：令和2年3月31日',
  '成果指標（計画策定時点：2021年3月末）',
])('%s states no period', (text) => {
  expect(asOfPeriod(text)).toBeNull();
});

/** A month-end matrix (2022年3月末 …) under a labelled as-of line; the latest column with actuals is not the stated one. */
const sheet = (line: string) =>
  snap('KPI', [
    ['KPI達成状況', null, null, null, null, null],
    [line, null, null, null, null, null],
    ['KPI', '区分', '2022年3月末', '2023年3月末', '2024年3月末', '2025年3月末'],
    ['移住者数', '目標', 30, 40, 50, 60],
    [null, '実績', 28, 45, 41, 44],
  ]);

test('the labelled as-of line is the stated period: its column is read, with no guess', () => {
  expect(detectSheet(sheet('評価時点：2024年3月末（令和５年度）'), scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
  const { report } = checkWorkbook({ sheets: [sheet('評価時点：2024年3月末（令和５年度）')] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[50, 41]]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a gloss of another year leaves the period unstated: inferred, and said so', () => {
  const { report } = checkWorkbook({ sheets: [sheet('評価時点：2024年3月末（令和６年度）')] }, {});
  expect(report.period?.source).not.toBe('sheet');
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});
