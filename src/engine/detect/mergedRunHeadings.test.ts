/** A heading merged down onto the period row from the header rows above heads its column as one written on that row. */
import { detectSheet } from './index';
import { snap } from './testing';

/** 区分 and 年度 over R4 R5 R6, a final 目標値（R9） to the right: merged down both header rows, or written in the upper one only. */
const sheet = (merged: boolean) =>
  snap(
    '施策',
    [
      ['指標名', '図書館の年間貸出冊数', null, null, null],
      ['単位', '冊', null, null, null],
      ['区分', '年度', null, null, '目標値（R9）'],
      [null, 'R4', 'R5', 'R6', null],
      ['実績値', 41000, 43500, 44800, null],
      ['計画値', 42000, 43000, 44000, 48000],
    ],
    { merges: ['B3:D3', 'A3:A4', ...(merged ? ['E3:E4'] : [])] },
  );

const targets = (merged: boolean) =>
  detectSheet(sheet(merged), [])
    .indicators.flatMap((i) => i.targets)
    .map((t) => [t.cell, t.kind, t.period?.fiscalYear ?? null, t.parsed.value]);

test('a final target whose heading is merged down two header rows onto the period row is read, with its year', () => {
  expect(targets(true)).toEqual([
    ['B6', 'expected', 2022, 42000],
    ['C6', 'expected', 2023, 43000],
    ['D6', 'expected', 2024, 44000],
    ['E6', 'target', 2027, 48000],
  ]);
});

test('a heading in an upper header row that does not reach the period row heads no column of the run', () => {
  expect(targets(false).map((t) => t[0])).toEqual(['B6', 'C6', 'D6']);
});
