/**
 * Years as rows, each indicator a merged name over a 目標値 | 実績値 pair, with the units on a line of their own UNDER the
 * measures ((件) | (件), on a row the 年度 column labels 単位 or not): each column's unit, never its last heading.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(unitLabel: string | null) {
  return snap(
    'KPI',
    [
      ['KPIの推移'],
      [],
      [null, '相談件数', null, null, '登録者数', null],
      ['年度', '目標値', '実績値', null, '目標値', '実績値'],
      [unitLabel, '(件)', '(件)', null, '(人)', '(人)'],
      ['R3', 100, 90, null, 40, 41],
      ['R4', 110, 120, null, 45, 44],
    ] as never,
    { merges: ['B3:C3', 'E3:F3'] },
  );
}

test.each(['単位', null])('a unit line under the measures (period column label %s) gives each indicator its unit', (label) => {
  const read = detectSheet(sheet(label), scale).indicators.map((i) => [i.name, i.unit ?? null, i.actuals.map((a) => a.cell), i.targets.map((t) => t.cell)]);
  expect(read).toEqual([
    ['相談件数', '件', ['C6', 'C7'], ['B6', 'B7']],
    ['登録者数', '人', ['F6', 'F7'], ['E6', 'E7']],
  ]);
});
