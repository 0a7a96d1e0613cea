/**
 * An actual column under a year heading whose own heading dates it inside the year (令和７年度 over 目標 | 実績（6月末現在）) is
 * the year so far: that year is no year with actuals to evaluate beside a whole year's; a 3月末 or 4月1日 date is the year's figure.
 */
import { checkWorkbook } from '../actions/check';
import type { Label } from '../values/labels';
import { inYearUnderYear } from './inYearActualHeading';
import { snap } from './testing';

const sheet = (dated: string) => [
  ['令和６年度　推進プラン　実績評価シート'],
  ['指標名', '単位', '令和6年度', null, '令和7年度', null],
  [null, null, '目標', '実績', '目標', dated],
  ['新規立地件数', '件', 5, 6, 5, 2],
  ['相談件数', '件', 80, 80, 85, 19],
];
const MERGES = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2'];
const check = (dated: string) => checkWorkbook({ sheets: [snap('実績評価', sheet(dated), { merges: MERGES })] }, {} as never).report;
const read = (dated: string) => {
  const report = check(dated);
  return [report.period?.fiscalYear, ...report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])];
};

test('令和7年度 over 実績（6月末現在）: the year in progress, 令和6年度 the period with its own target and actual', () => {
  expect(read('実績\n（6月末現在）')).toEqual([2024, ['新規立地件数', 5, 6, 'D4'], ['相談件数', 80, 80, 'D5']]);
  expect(read('実績\n（9月30日時点）')[0]).toBe(2024);
});

test('a 3月末 date closes the year and a 4月1日 count is the year’s figure: 令和7年度 stays the latest year with actuals', () => {
  expect(read('実績\n（3月末現在）')).toEqual([2025, ['新規立地件数', 5, 2, 'F4'], ['相談件数', 85, 19, 'F5']]);
  expect(read('実績（4月1日現在）')[0]).toBe(2025);
  expect(read('実績')[0]).toBe(2025);
});

test('only an actual heading of its own dates the year in progress: a target, or a year read already, is left as read', () => {
  const r7 = { label: '令和7年度', fiscalYear: 2025, kind: 'fiscal' as const, year: 2025 };
  const actual: Label = { role: 'actual' };
  expect(inYearUnderYear(r7, 'actual', [{ text: '実績（6月末現在）', label: actual }])).toEqual({ ...r7, inYear: true });
  expect(inYearUnderYear(r7, 'target', [{ text: '目標（6月末現在）', label: { role: 'target' } }])).toBe(r7);
  expect(inYearUnderYear(r7, 'actual', [{ text: '実績（6月末現在）', label: { role: 'actual', period: r7 } }])).toBe(r7);
  expect(inYearUnderYear(r7, 'actual', [{ text: '令和7年度（6月末現在）', label: null }])).toBe(r7);
});

test('review rv68: a population’s 1月1日 and the accounts’ close (5月31日, 5月末) date the year’s own figure', () => {
  for (const dated of ['実績（1月1日現在）', '実績\n（5月31日現在）', '実績（5月末）']) expect(read(dated)[0]).toBe(2025);
});
