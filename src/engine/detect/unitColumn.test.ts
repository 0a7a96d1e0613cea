/** A 単位 heading on a period matrix's heading row heads a column of units; the heading beside it (項目) is no unit. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const matrix = (beside: string) =>
  snap(
    'KPI',
    [
      ['令和5年度　KPI達成状況'],
      [],
      ['No.', '指標名', '単位', beside, 'R3', 'R4', 'R5'],
      [1, '認定農業者数', '人', '目標', 310, 315, 320],
      [null, null, null, '実績', 305, 312, 318],
      [2, '農産物直売所売上高', '百万円', '目標', 420, 430, 440],
      [null, null, null, '実績', 415, 441, 452.3],
    ],
    { merges: ['A4:A5', 'B4:B5', 'C4:C5', 'A6:A7', 'B6:B7', 'C6:C7'] },
  );

test.each(['項目', '内容', '種類'])('the unit is read from the 単位 column, not from the %s heading beside it', (beside) => {
  const read = detectSheet(matrix(beside), scale).indicators.map((i) => [i.name, i.unit ?? null, i.unitCell ?? null]);
  expect(read).toEqual([
    ['認定農業者数', '人', 'C4'],
    ['農産物直売所売上高', '百万円', 'C6'],
  ]);
});

test('a 単位 label above a block, with the unit right of it, is still the block unit', () => {
  const s = snap('1-1', [
    ['成果指標', '観光入込客数'],
    ['単位', '千人'],
    ['年度', '令和3年度', '令和4年度', '令和5年度'],
    ['目標値', 1100, 1150, 1200],
    ['実績値', 1020, 1101, 1085],
  ]);
  expect(detectSheet(s, scale).indicators.map((i) => [i.unit, i.unitCell])).toEqual([['千人', 'B2']]);
});
