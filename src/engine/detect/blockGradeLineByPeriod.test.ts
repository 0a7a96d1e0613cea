import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Cell = string | number | null;

/** A stacked policy block: a number label and its name on one line, a unit line with the years, figures, a grade line per year. */
const block = (numberLabel: string, name: string, marks: Cell[]): Cell[][] => [
  [numberLabel, name],
  ['単位：件', 'R3', 'R4', 'R5', 'R6（目標）'],
  ['目標', 100, 110, 120, 130],
  ['実績', 104, 108, 96, null],
  ['評価', ...marks],
  [],
];
const read = (...blocks: Cell[][][]) => checkWorkbook({ sheets: [snap('施策2-1', [['評価年度：令和5年度'], [], ...blocks.flat()])] }, {}).report;

test('a grade line with a mark under each year: the evaluation year’s mark is the existing grade, not the first one', () => {
  const report = read(block('(1)', '相談件数', ['A', 'B', 'C', null]), block('(2)', '講座参加者数', ['B', 'A', 'B', null]));
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade, i.target, i.actual])).toEqual([
    ['相談件数', 'C', 'D7', 120, 96],
    ['講座参加者数', 'B', 'D13', 120, 96],
  ]);
});

test('one mark on the grade line stays the block’s single grade, wherever the year is', () => {
  const report = read(block('(1)', '相談件数', ['B', null, null, null]));
  expect(report.indicators.map((i) => [i.existingGrade, i.cells?.grade])).toEqual([['B', 'B7']]);
});

test('a number label alone before the name (No.1, ①, (1)) is never the name: the text beside it is, sure, numbered by it', () => {
  for (const label of ['No.1', '①', '(1)', '1.']) {
    const report = read(block(label, '相談件数', ['A', 'B', 'C', null]));
    expect(report.indicators.map((i) => [i.name, i.cells?.name])).toEqual([['相談件数', 'B3']]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  }
});

test('a heading with no number label above the years is still a name taken as a guess', () => {
  const report = read(block('相談件数', '', ['A', 'B', 'C', null]));
  expect(report.indicators.map((i) => [i.name, i.cells?.name])).toEqual([['相談件数', 'A3']]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['A3']);
});
