/** A legend writing the progress formula over its letter bands grades the sheet by the progress from the baseline. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from '../detect/testing';
import { statesProgressFormula } from './progressLegend';

test.each([
  '【評価の方法】進捗率＝（実績値－基準値）÷（目標値－基準値）×100',
  '進捗率=(実績値-策定時の値)/(目標値-策定時の値)',
  '(直近値 － 当初値) ÷ (目標値 － 当初値)',
])('the progress formula: %s', (text) => {
  expect(statesProgressFormula(text)).toBe(true);
});

test.each(['達成率＝実績値÷目標値×100', '実績値÷基準値', '（実績値－基準値）÷（目標値－当初値）', '進捗率で評価する'])('no progress formula: %s', (text) => {
  expect(statesProgressFormula(text)).toBe(false);
});

const sheet = (legend: string): CellValue[][] => [
  ['評価指標の進捗（令和5年度）'],
  [legend],
  [],
  ['No.', '指標', '単位', '基準値（令和元年度）', '目標値（令和7年度）', '実績値（令和5年度）', '評価'],
  [1, '高等学校等進学率', '％', 90, 98, 93],
  [2, '就業率', '％', 70, 80, 68],
];
const grades = (legend: string) => checkWorkbook({ sheets: [snap('指標評価', sheet(legend))] }, {}).report.indicators.map((i) => i.grade);

test('bands under the formula grade the progress: 37.5 % is C, a fall below the baseline D', () => {
  expect(grades('進捗率＝（実績値－基準値）÷（目標値－基準値）　A：100％以上　B：50％以上　C：0％以上　D：0％未満')).toEqual(['C', 'D']);
});

test('the same bands without the formula grade actual ÷ target', () => {
  expect(grades('達成率＝実績値÷目標値　A：100％以上　B：50％以上　C：0％以上　D：0％未満')).toEqual(['B', 'B']);
});

test('a formula that is only a note beside bands of attainment leaves the ratio method', () => {
  const rows = (legend: string, note: string): CellValue[][] => [[legend], [note], ...sheet('').slice(3)];
  const read = (legend: string, note: string) => checkWorkbook({ sheets: [snap('指標評価', rows(legend, note))] }, {}).report.indicators.map((i) => i.grade);
  // The bands name 達成率 (実績値÷目標値); the formula explains a 進捗率 looked at besides.
  expect(
    read(
      '評価基準：達成率（実績値÷目標値）　A：100％以上　B：80％以上　C：50％以上　D：50％未満',
      '※進捗率＝（実績値－基準値）÷（目標値－基準値）×100。進捗率50％以上のものを重点的に分析',
    ),
  ).toEqual(['B', 'B']);
  // A note explaining a 進捗率 column, no grade's bound on its line.
  expect(read('A：100％以上　B：80％以上　C：50％以上　D：50％未満', '※進捗率欄＝（実績値－基準値）÷（目標値－基準値）（100％以上は達成）')).toEqual([
    'B',
    'B',
  ]);
});
