/**
 * Indicator cards: a 目標値（令和5年度） | 「12,000人」 line above a block whose years are rows is the block's target of that
 * year; figures under a 実績値（千人） heading are converted into the target's unit (人), a 実績値（件） block keeps its unit.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const card = (target: string, heading: string, figures: number[], label = '目標値（令和5年度）'): Row[] => [
  ['令和5年度　施設の指標カード'],
  [],
  ['【指標1】', '市民ホール利用者数'],
  [label, target],
  ['年度', heading, '前年度比'],
  ['令和3年度', figures[0], null],
  ['令和4年度', figures[1], 1.08],
  ['令和5年度', figures[2], 1.07],
];

const read = (values: Row[]) =>
  checkWorkbook({ sheets: [snap('カード', values)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade !== null]);
const report = (values: Row[]) => checkWorkbook({ sheets: [snap('カード', values)] }, {}).report;

test('the target line and 千人 figures: the actual converted into 人', () => {
  expect(read(card('12,000人', '実績値（千人）', [9.8, 10.6, 11.4]))).toEqual([['市民ホール利用者数', '人', 12000, 11400, true]]);
});

test('figures in the target’s own unit are read as written', () => {
  expect(read(card('2,400件', '実績値（件）', [1630, 1920, 1870]))).toEqual([['市民ホール利用者数', '件', 2400, 1870, true]]);
});

test('a target in a unit that does not convert leaves the heading’s unit and figures', () => {
  expect(read(card('120回', '実績値（千人）', [9.8, 10.6, 11.4]))).toEqual([['市民ホール利用者数', '千人', 120, 11.4, true]]);
});

test('a line dated before the year evaluated is that year’s target only: 令和5年度 is not graded against 令和4年度’s', () => {
  const r = report(card('11,000人', '実績値（人）', [9800, 10600, 11400], '目標値（令和4年度）'));
  expect(r.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[null, 11400, null]]);
  expect(r.findings.map((f) => f.code)).toContain('missing-target');
});

test('a line of the plan’s final year (令和7年度) is a final target for 令和5年度', () => {
  const r = report(card('15,000人', '実績値（千人）', [9.8, 10.6, 11.4], '目標値（令和7年度）'));
  expect(r.indicators.map((i) => [i.target, i.targetSource, i.actual])).toEqual([[15000, 'final', 11400]]);
});

test('after 千人 → 人 the previous year is compared in 人 too: no sudden-change warning, the trend and previous figure in 人', () => {
  const r = report(card('12,000人', '実績値（千人）', [9.8, 10.6, 10.4]));
  expect(r.findings.map((f) => f.code)).not.toContain('outlier-jump');
  expect(r.indicators.map((i) => [i.actual, i.previousActual, i.trend])).toEqual([[10400, 10600, 'worsened']]);
});

test('a real jump after the conversion is still said, both figures in 人', () => {
  const r = report(card('12,000人', '実績値（千人）', [9.8, 1.06, 11.4]));
  const jump = r.findings.find((f) => f.code === 'outlier-jump');
  expect(jump?.params).toEqual({ previous: { period: '令和4年度', value: 1060 }, actual: 11400 });
});
