/**
 * Years as rows under names alone, a row the 年度 column labels 目標の方向 under the names (増加 | 減少), a target row at the foot:
 * that row states each column's direction and is never its unit (the unit stays the name's bracket).
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(label: string) {
  return snap('推移', [
    ['成果指標の推移'],
    [],
    ['年度', '登録件数（件）', '管理不全空き家の件数（件）'],
    [label, '増加', '減少'],
    ['令和4年度', 38, 196],
    ['令和5年度', 44, 184],
    ['中間目標（令和6年度）', 60, 150],
  ] as never);
}

const read = (label: string) =>
  detectSheet(sheet(label), scale).indicators.map((i) => [i.name, i.unit ?? null, i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null]);

test('a 目標の方向 row under the names states each column’s direction, never its unit', () => {
  expect(read('目標の方向')).toEqual([
    ['登録件数', '件', 'up', 'B4'],
    ['管理不全空き家の件数', '件', 'down', 'C4'],
  ]);
});

test('a row labelled otherwise (単位) is no direction row', () => {
  expect(read('単位').map((r) => r[2])).toEqual([null, null]);
});

test('a ※ line under the name in its heading cell states that column’s aim (「※短縮を目指す」)', () => {
  const s = snap('推移', [
    ['年度', '現場到着所要時間\n（平均）\n※短縮を目指す', '口頭指導実施率\n（％）', '軽症者搬送割合\n（％）\n※減少を目指す'],
    ['令和5年度', '8分24秒', 85.1, 48.9],
    ['令和6年度', '8分12秒', 86.4, 48.6],
    ['目標値（令和6年度）', '8分00秒', 90, 45],
  ] as never);
  const got = detectSheet(s, scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null]);
  expect(got).toEqual([
    ['現場到着所要時間（平均）', 'down', 'B1'],
    ['口頭指導実施率', null, null],
    ['軽症者搬送割合', 'down', 'D1'],
  ]);
});
