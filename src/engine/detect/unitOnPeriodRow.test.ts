/** A policy block's 単位 label on its period row, in the series labels' column: the cell right of it is the block's unit. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test('単 位 | 件 | R3 R4 R5 over 実 績 値 / 期 待 値 lines: each stacked block has its own unit from its period row', () => {
  const s = snap('施策', [
    ['指標 ①', '相談件数'],
    ['単 位', '件', 'R3', 'R4', 'R5'],
    ['実 績 値', null, 10, 12, 14],
    ['期 待 値\n※R5は目標値', null, 10, 11, 12],
    [null],
    ['指標 ②', '利用者数'],
    ['単位', '千人', 'R3', 'R4', 'R5'],
    ['実績値', null, 5, 6, 7],
    ['期待値', null, 6, 6, 6],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.unitCell])).toEqual([
    ['相談件数', '件', 'B2'],
    ['利用者数', '千人', 'B7'],
  ]);
});

test('a 単位 heading on the period row over a column of units (not the labels column) still heads that column', () => {
  const s = snap('KPI', [
    ['単位', '区分', 'R3', 'R4'],
    ['人', '実績値', 10, 12],
    ['人', '目標値', 11, 13],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => i.unit)).not.toContain('区分');
});
