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

describe("under 目標設定の考え方, a sentence giving the target's grounds states no way and leaves nothing unread", () => {
  const read = (heading: string, way: string) =>
    detectSheet(
      snap('進捗', [['令和5年度 指標の進捗状況'], ['指標', '単位', '目標値（R5）', heading, '実績値（R5）'], ['会員数', '人', 482, way, 455]]),
      scale,
    ).indicators.map((i) => [i.unreadDirection?.cell ?? null, i.statedDirection?.value ?? null]);

  test.each(['R3実績（412人）に、毎年度35人の増加を見込んだ', '国の目標値（97.0％）を上回る水準を設定', 'コロナ前の水準への回復を段階的に目指す'])(
    '「%s」',
    (way) => expect(read('目標設定の考え方', way)).toEqual([[null, null]]),
  );

  test('a way word under it is still the way; a phrase under a 方向 heading is still unread', () => {
    expect(read('目標設定の考え方', '増加')).toEqual([[null, 'up']]);
    expect(read('目標の方向', '現状より適正な水準へ平準化を図る')).toEqual([['D3', null]]);
  });

  test('a sentence saying lower is better (「毎年10台ずつ減らす」) is left unread for the clerk, not read up silently (review rv41b)', () => {
    expect(read('目標設定の考え方', '毎年10台ずつ減らす')).toEqual([['D3', null]]);
  });
});

describe("under 目標の考え方, the target's counting basis alone (「毎年度」「累計」) states no way and leaves nothing unread", () => {
  const read = (heading: string, way: string) =>
    detectSheet(
      snap('進捗', [['令和7年度 進捗管理'], ['指標名', '単位', '目標値', heading, '令和７年度実績'], ['労働講座受講者数', '人', 500, way, 468]]),
      scale,
    ).indicators.map((i) => [i.unreadDirection?.cell ?? null, i.statedDirection?.value ?? null]);

  test.each(['毎年度', '単年度', '累計', '年度ごと'])('「%s」', (way) => expect(read('目標の考え方', way)).toEqual([[null, null]]));

  test('a basis with more words (「毎年度減少」) keeps its old reading, and 「毎年度」 under a 方向 heading stays unread', () => {
    expect(read('目標の考え方', '毎年度減少')).toEqual([['D3', null]]);
    expect(read('方向', '毎年度')).toEqual([['D3', null]]);
  });
});
