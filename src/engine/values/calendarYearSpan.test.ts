/**
 * Review rv82a item 5: a year's January to its December written as a span (「R5年1月～12月」) is the calendar year, of the fiscal
 * year written (as 令和5年 is), never its January: a 令和５年度 sheet whose actual column is so headed is the 2023 evaluation.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { findPeriod } from './periods';

test.each([
  ['実績値（R4年1月～12月）', 2022],
  ['実績値\n（令和4年1月〜12月）', 2022],
  ['2022年1月～12月', 2022],
  ['令和4年1月1日～12月31日', 2022],
])('%s is the calendar year, fiscal %d', (text, year) => {
  expect(findPeriod(text)?.period).toEqual(expect.objectContaining({ kind: 'calendar', fiscalYear: year }));
});

test('a month alone, or a span short of the year, still reads its first month', () => {
  expect(findPeriod('R4年1月')?.period).toEqual(expect.objectContaining({ kind: 'month', fiscalYear: 2021 }));
  expect(findPeriod('R4年1月～3月')?.period).toEqual(expect.objectContaining({ kind: 'month', fiscalYear: 2021 }));
});

test('a 令和４年度 sheet with base and actual columns of calendar years is the 2022 evaluation', () => {
  const rows = [
    ['令和４年度　防犯計画　成果指標'],
    [],
    ['指標名', '単位', '基準値\n（R3年1月～12月）', '目標値\n（R4）', '実績値\n（R4年1月～12月）'],
    ['刑法犯認知件数', '件', 610, 580, 566],
    ['特殊詐欺被害件数', '件', 14, 10, 12],
    [],
    ['※数値が小さいほど良好な指標'],
  ];
  const report = checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report;
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([
    ['刑法犯認知件数', 566],
    ['特殊詐欺被害件数', 12],
  ]);
});
