/** A 目指す方向 cell is the way of the indicator whose name's columns it lies within (review rv49). */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const ways = (wayLine: (string | null)[], wayMerges: string[]) =>
  detectSheet(
    snap(
      '進捗',
      [
        ['年度', '管理戸数', null, '入居率', null],
        ['単位', '戸', null, '％', null],
        ['目指す方向', ...wayLine],
        [null, '計画', '実績', '目標', '実績'],
        ['令和4年度', 1455, 1470, 89.5, 85.9],
        ['令和5年度', 1420, 1446, 90, 86.9],
      ],
      { merges: ['B1:C1', 'D1:E1', 'B2:C2', 'D2:E2', ...wayMerges] },
    ),
    scale,
  ).indicators.map((i) => [i.name, i.statedDirection?.value ?? null]);

test('each name’s own way cell gives its way', () => {
  expect(ways(['↓（縮減）', null, '↑', null], ['B3:C3', 'D3:E3'])).toEqual([
    ['管理戸数', 'down'],
    ['入居率', 'up'],
  ]);
});

test('a way merged over two indicators’ names is neither’s (入居率 no longer down)', () => {
  const read = ways(['↓（縮減）', null, null, null], ['B3:E3']);
  expect(read.find(([n]) => n === '入居率')).toEqual(['入居率', null]);
});
