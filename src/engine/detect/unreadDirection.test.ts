/** An unknown word in a 方向 cell is kept for the direction-unread guess; a level to keep or reach, or a range's way, is no unknown word. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const unread = (way: string, target: string | number = 12) =>
  detectSheet(
    snap('進捗', [['令和5年度 指標の進捗状況'], ['指標', '単位', '方向', 'R5目標値', 'R5実績値'], ['定員充足率', '％', way, target, 95]]),
    scale,
  ).indicators.map((i) => i.unreadDirection?.cell ?? null);

test.each(['◎', '重点', '範囲内に抑制', '許容範囲内に減らす'])('「%s」 is an unknown word: kept', (way) => expect(unread(way)).toEqual(['C3']));

test.each(['100％を維持', '全校で達成', '範囲内', '適正範囲'])('「%s」 is no unknown word', (way) => expect(unread(way, '90～100')).toEqual([null]));
