/**
 * 当該値 | 類似団体平均値 under one merged name (経営比較分析表): the own row is the indicator, named without its row label, its
 * target the column merged over both rows; the comparison row is a reference row, left out and named, never graded.
 */
import { checkWorkbook } from '../actions/check';
import { isComparisonLabel, isComparisonName, isOwnLabel, labelOwnHeadings, ownAmongComparisons } from './comparisonRows';
import { snap } from './testing';

const rows: (string | number | null)[][] = [
  ['下水道事業　経営指標の状況（令和5年度決算）', null, null, null, null, null, null],
  ['指標', '単位', '区分', 'R4', 'R5', '経営戦略の目標値（R5）', '望ましい方向'],
  ['①経常収支比率', '％', '当該値', 102.6, 106, 105, '↑'],
  [null, null, '類似団体平均値', 106.9, 106.2, null, null],
  ['②汚水処理原価', '円', '類似団体平均値', 169.5, 172.4, 150, '↓'],
  [null, null, '当該値', 203.6, 205.3, null, null],
];
const merges = ['A3:A4', 'B3:B4', 'F3:F4', 'G3:G4', 'A5:A6', 'B5:B6', 'F5:F6', 'G5:G6'];

test('the own row is the indicator, the comparison row left out as a reference figure', () => {
  const { report } = checkWorkbook({ sheets: [snap('経営指標', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction, i.grade])).toEqual([
    ['経常収支比率', 105, 106, 'up', 'A'],
    ['汚水処理原価', 150, 205.3, 'down', 'C'],
  ]);
  // The own row below its merged name is found at the name's cell, as a 計 row is.
  expect(report.indicators.map((i) => i.cells.name)).toEqual(['A3', 'A5']);
  const leftOut = report.findings.find((f) => f.code === 'rows-left-out');
  expect(leftOut?.message).toContain('経常収支比率（類似団体平均値）');
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(false);
});

test('sub-rows that are no own / comparison pair keep their qualifiers (男性 / 女性; two comparisons)', () => {
  const other = rows.map((r, i) => (i === 2 ? [...r.slice(0, 2), '男性', ...r.slice(3)] : i === 3 ? [null, null, '女性', ...r.slice(3)] : r));
  const { report } = checkWorkbook({ sheets: [snap('経営指標', other, { merges })] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['経常収支比率（男性）', '経常収支比率（女性）', '汚水処理原価']);
});

test('labels', () => {
  for (const t of ['類似団体平均値', '類似団体平均', '全国平均', '（全国平均）', '県平均値', '全国値', '県内市町村平均'])
    expect(isComparisonLabel(t)).toBe(true);
  for (const t of ['当該値', '本市', '市', '女性', '全体', '計', '全国平均との差']) expect(isComparisonLabel(t)).toBe(false);
  for (const t of ['当該値', '本市', '当市', '市', '本市の値', '当該団体']) expect(isOwnLabel(t)).toBe(true);
  for (const t of ['全国', '女性', '市内', '市外']) expect(isOwnLabel(t)).toBe(false);
  expect(isComparisonName('経常収支比率（類似団体平均値）')).toBe(true);
  expect(isComparisonName('全国学力調査の正答率（全国平均との差）')).toBe(false);
  expect(isComparisonName('全国平均を上回る教科の割合')).toBe(false);
  expect(ownAmongComparisons(['当該値', '類似団体平均値'])).toBe(0);
  expect(ownAmongComparisons(['全国平均', '県平均', '本市'])).toBe(2);
  expect(ownAmongComparisons(['当該値', '女性'])).toBe(-1);
  expect(ownAmongComparisons(['全国平均', '県平均'])).toBe(-1);
});

describe('当該値 | 類似団体平均値 as column headings under each year', () => {
  const table = (own: string): (string | number | null)[][] => [
    ['経営比較分析表（令和５年度決算）', null, null, null, null, null, null],
    ['指標', '望ましい方向', '令和4年度', null, '令和5年度', null, '経営戦略の目標値（令和5年度）'],
    [null, null, own, '類似団体平均値', own, '類似団体平均値', null],
    ['①経常収支比率(%)', '↑', 108.32, 110.15, 105.87, 108.7, 105],
    ['⑥給水原価(円)', '↓', 178.52, 171.4, 183.1, 174.89, 180],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3'];

  test.each(['当該値', '本市'])('%s under the evaluated year is the actual; the averages are never read', (own) => {
    const { report } = checkWorkbook({ sheets: [snap('経営比較分析', table(own), { merges })] }, {});
    expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.grade])).toEqual([
      ['経常収支比率', 105, 105.87, 'E4', 'A'],
      ['給水原価', 180, 183.1, 'E5', 'B'],
    ]);
  });

  test('labelOwnHeadings labels the own heading only on a row of headings beside a comparison heading', () => {
    const cell = (text: string) => ({ text, label: null, period: null, col: 1 });
    const headings = [cell('当該値'), cell('類似団体平均値')];
    labelOwnHeadings(headings);
    expect(headings.map((c) => c.label)).toEqual([{ role: 'actual' }, null]);
    const alone = [cell('当該値'), cell('備考')];
    labelOwnHeadings(alone);
    expect(alone[0]!.label).toBeNull();
    const body = [cell('当該値'), cell('類似団体平均値'), cell('')]; // '' = a number: a body row
    labelOwnHeadings(body);
    expect(body[0]!.label).toBeNull();
  });
});

test('本市 | 全国平均 under 目標値 and under 実績値: the own column under 目標値 is no actual', () => {
  const rows: (string | number | null)[][] = [
    ['指標名', '単位', '目標値（令和7年度）', null, '実績値（令和5年度）', null],
    [null, null, '本市', '全国平均', '本市', '全国平均'],
    ['健康寿命', '歳', 80, 79, 78.5, 79.2],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'];
  const { report } = checkWorkbook({ sheets: [snap('健康', rows, { merges })] }, {});
  const i = report.indicators[0]!;
  // The own columns are the target and the actual; the 全国平均 columns are figures to compare with, never read.
  expect([i.target, i.actual, i.cells.target, i.cells.actual]).toEqual([80, 78.5, 'C3', 'E3']);
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(false);
});

test('全国平均 alone under 目標値 (no own heading beside it) stays the target', () => {
  const rows: (string | number | null)[][] = [
    ['指標名', '単位', '目標値', '実績値（令和5年度）'],
    [null, null, '全国平均', null],
    ['特定健診受診率', '％', 56.5, 48.2],
  ];
  const merges = ['A1:A2', 'B1:B2', 'D1:D2'];
  const { report } = checkWorkbook({ sheets: [snap('健康', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[56.5, 48.2]]);
});

test('全国平均 under 目標値 beside 本市 under another heading (実績値): still the target', () => {
  const rows: (string | number | null)[][] = [
    ['指標名', '単位', '目標値（令和7年度）', '実績値（令和5年度）'],
    [null, null, '全国平均', '本市'],
    ['特定健診受診率', '％', 56.5, 48.2],
  ];
  const merges = ['A1:A2', 'B1:B2'];
  const { report } = checkWorkbook({ sheets: [snap('健康', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[56.5, 48.2]]);
});
