/**
 * Years as rows under names alone, a target row at the foot and a 目指す方向 line under it (減少 | 増加): each cell is the way
 * of the column it lies under; a word not known as a way is kept to be named, never dropped.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(...foot: (string | number | null)[][]) {
  return snap('推移', [
    ['指標の推移'],
    [],
    ['年度', '登録件数（件）', '相談件数（件）', '参加者数（人）'],
    ['令和3年度', 15, 4, 96],
    ['令和4年度', 14, 0, 128],
    ['目標値（令和４年度）', 12, 3, 150],
    ...foot,
  ] as never);
}

const read = (s: ReturnType<typeof sheet>) =>
  detectSheet(s, scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null, i.unreadDirection?.cell ?? null]);

test('a 目指す方向 line under the target row states each column’s way', () => {
  expect(read(sheet(['目指す方向', '減少', '減少', '増加']))).toEqual([
    ['登録件数', 'down', 'B7', null],
    ['相談件数', 'down', 'C7', null],
    ['参加者数', 'up', 'D7', null],
  ]);
});

test('a blank row between the target row and the way line is allowed', () => {
  expect(read(sheet([], ['目標の方向', '↓', null, '↑'])).map((r) => [r[1], r[2]])).toEqual([
    ['down', 'B8'],
    [null, null],
    ['up', 'D8'],
  ]);
});

test('a way word not known (適正化) is kept to be named; a 「－」 states none and leaves nothing unread', () => {
  expect(read(sheet(['目指す方向', '適正化', '－', '増加']))).toEqual([
    ['登録件数', null, null, 'B7'],
    ['相談件数', null, null, null],
    ['参加者数', 'up', 'D7', null],
  ]);
});

test('a line labelled otherwise, a way line past another line, or a 方向 line of figures states no way', () => {
  const none = [
    ['登録件数', null, null, null],
    ['相談件数', null, null, null],
    ['参加者数', null, null, null],
  ];
  expect(read(sheet(['備考', '減少', '減少', '増加']))).toEqual(none);
  expect(read(sheet(['出典', '市調べ', '市調べ', '市調べ'], ['目指す方向', '減少', '減少', '増加']))).toEqual(none);
  expect(read(sheet(['方向', 1, -1, 1]))).toEqual(none);
});
