import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

/** A policy sheet whose rating line is 「施策の評価 | … 」 with `line` after the label, over a small indicator table. */
const policy = (line: (string | null)[]): Rows => [
  ['施策評価シート（令和5年度）'],
  ['所管課', '生涯学習課'],
  [],
  ['施策の評価', ...line],
  [],
  ['成果指標', '目標値', '実績値', '単位'],
  ['講座受講者数', 400, 410, '人'],
  ['図書貸出冊数', 9000, 8100, '冊'],
];
const groups = (rows: Rows) => checkWorkbook({ sheets: [snap('施策5-1', rows)] }, {}).report.groups.map((g) => [g.cell, g.existingGrade]);

test('the rating written one cell past a blank cell beside its label is the policy’s rating cell', () => {
  expect(groups(policy([null, 'Ｂ', '（A：順調　B：概ね順調　C：やや遅れ　D：遅れ）']))).toEqual([['C4', 'B']]);
  expect(groups(policy([null, '概ね順調']))).toEqual([['C4', 'B']]);
});

test('last year’s bracketed grade, a label or a legend past the blank cell is no rating: the cell beside the label stays', () => {
  for (const line of [
    [null, '（C）'],
    [null, '前年度', 'B'],
    [null, '（A：順調　B：概ね順調）'],
  ])
    expect(groups(policy(line)).map(([cell]) => cell)).toEqual(['B4']);
});

test('a row of choices (grades with a ○ or ✓ beside one) is no rating written: the cell beside the label stays, with no grade', () => {
  for (const line of [
    [null, '順調', null, '概ね順調', '○', 'やや遅れ', null, '遅れ'],
    [null, 'A', null, 'B', null, 'C'],
    [null, 'A', null, 'B', '✓', 'C'],
  ])
    expect(groups(policy(line))).toEqual([['B4', null]]);
});

test('a grade followed by another label before a later grade (前年度評価 | C) is still the rating', () => {
  expect(groups(policy([null, 'Ｂ', '前年度評価', 'C']))).toEqual([['C4', 'B']]);
});
