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

test('a word on the 目標の方向 row not read as a way (適正化) is kept to be named, never dropped', () => {
  const rows = [
    ['年度', '登録件数（件）', '管理不全空き家の件数（件）'],
    ['目標の方向', '適正化', '減少'],
    ['令和4年度', 38, 196],
    ['令和5年度', 44, 184],
    ['中間目標（令和6年度）', 60, 150],
  ];
  const found = detectSheet(snap('推移', rows as never), scale);
  expect(found.indicators.map((i) => [i.statedDirection?.value ?? null, i.unreadDirection?.cell ?? null])).toEqual([
    [null, 'B2'],
    ['down', null],
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

test('a name over 実績（％） | 前年比 with an arrow under both: the 実績 column is the figure, its bracket the unit, the arrow the way', () => {
  const rows = [
    ['取組の実施状況'],
    [],
    ['年度', '女性管理職比率', null, '時間外勤務の月平均時間'],
    [null, '実績（％）', '前年比', '実績（時間）', '前年比'],
    [null, '↑', null, '↓'],
    ['令和5年度', 16.2, 2.2, 11.4, -1.5],
    ['令和6年度', 19.1, 2.9, 9.4, -2],
    ['目標（令和8年度）', 20, null, 10],
  ];
  const found = detectSheet(snap('実施状況', rows as never, { merges: ['B3:C3', 'D3:E3', 'B5:C5', 'D5:E5', 'B8:C8', 'D8:E8'] }), scale).indicators;
  expect(found.map((i) => [i.name, i.unit ?? null, i.statedDirection?.value ?? null, i.actuals.map((p) => p.cell)])).toEqual([
    ['女性管理職比率', '%', 'up', ['B6', 'B7']],
    ['時間外勤務の月平均時間', '時間', 'down', ['D6', 'D7']],
  ]);
});

test('on a sheet whose note says its arrows show the change from the year before, an arrow states no aim (review rv50)', () => {
  const rows = [
    ['取組の実施状況'],
    ['※矢印は前年度からの増減を示す'],
    ['年度', '女性管理職比率', null, '時間外勤務の月平均時間'],
    [null, '実績（％）', '前年比', '実績（時間）', '前年比'],
    [null, '↑', null, '↑'],
    ['令和5年度', 16.2, 2.2, 11.4, -1.5],
    ['令和6年度', 19.1, 2.9, 12.4, 1],
    ['目標（令和8年度）', 20, null, 10],
  ];
  const found = detectSheet(snap('実施状況', rows as never, { merges: ['B3:C3', 'D3:E3', 'B5:C5', 'D5:E5', 'B8:C8', 'D8:E8'] }), scale).indicators;
  expect(found.map((i) => [i.name, i.statedDirection?.value ?? null])).toEqual([
    ['女性管理職比率', null],
    ['時間外勤務の月平均時間', null],
  ]);
});

test('a ※ line stating a cause or another quantity’s aim gives the column no direction (review rv48)', () => {
  const s = snap('推移', [
    [
      '年度',
      '救急出動件数（件）\n※数値の減少は人口減少による',
      '受講者数（人）\n※うち若年層の割合は減少を目指す',
      '待ち時間（分）\n※待ち時間は短縮を図る',
      '搬送割合（％）\n※減少が望ましい',
    ],
    ['令和5年度', 5102, 1150, 30, 48.9],
    ['令和6年度', 4980, 1100, 28, 48.6],
    ['目標値（令和6年度）', 5000, 1500, 25, 45],
  ] as never);
  const got = detectSheet(s, scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null]);
  expect(got).toEqual([
    ['救急出動件数', null],
    ['受講者数', null],
    ['待ち時間', 'down'],
    ['搬送割合', 'down'],
  ]);
});
