/**
 * A 目指す方向 line written 「目指す方向：↑増加」 between a year-rows table's names and its 目標 | 実績 headings is each
 * indicator's way, never a name of its own: the names above are read, each taking the way merged under it.
 */
import { detectSheet } from './index';
import { snap } from './testing';
import { wayLineOfMeasures } from './yearRowsWayLabel';

const scale = ['A', 'B', 'C'].map((grade) => ({ grade, label: '' }));

const read = (line: (string | null)[]) =>
  detectSheet(
    snap(
      '推移',
      [
        ['年度', '参加者数（人）', null, '低栄養の割合（％）', null],
        [null, ...line],
        [null, '目標', '実績', '目標', '実績'],
        ['令和3年度', 2150, 1986, 17.5, 19.3],
        ['令和4年度', 2250, 2010, 17.2, 18.8],
      ],
      { merges: ['A1:A3', 'B1:C1', 'D1:E1', 'B2:C2', 'D2:E2'] },
    ),
    scale,
  ).indicators.map((i) => [i.name, i.unit, i.targets.map((t) => t.cell).join(','), i.actuals.map((a) => a.cell).join(','), i.statedDirection?.value ?? null]);

test('each name above takes the labelled way merged under it; the line is no indicator', () => {
  expect(read(['目指す方向：↑増加', null, '目指す方向：↓減少', null])).toEqual([
    ['参加者数', '人', 'B4,B5', 'C4,C5', 'up'],
    ['低栄養の割合', '%', 'D4,D5', 'E4,E5', 'down'],
  ]);
});

test('a labelled way the reader cannot read leaves its columns unread, never more-is-better', () => {
  expect(read(['目指す方向：前年度並み', null, '目指す方向：↓減少', null]).map(([n, , , , w]) => [n, w])).toEqual([['低栄養の割合', 'down']]);
});

test('a line of another label there (単位：人) is no way: the unit line as before', () => {
  expect(read(['単位：人', null, '単位：％', null]).map(([n, u, , , w]) => [n, u, w])).toEqual([
    ['参加者数', '人', null],
    ['低栄養の割合', '%', null],
  ]);
});

test('only between a name and a measure heading: on top, or over no measure, it is left where it was', () => {
  const hs = (...texts: string[]) => texts.map((text) => ({ text }));
  const never = () => false;
  const top = hs('目指す方向：↑増加', '目標');
  expect(wayLineOfMeasures(top, never)).toBeUndefined();
  expect(top).toHaveLength(2);
  const noMeasure = hs('参加者数', '目指す方向：↑増加', '備考');
  expect(wayLineOfMeasures(noMeasure, never)).toBeUndefined();
  expect(noMeasure).toHaveLength(3);
  const between = hs('参加者数', '目指す方向：↑増加', '実績');
  expect(wayLineOfMeasures(between, never)).toEqual({ text: '↑増加' });
  expect(between.map((h) => h.text)).toEqual(['参加者数', '実績']);
});

test('a bare 方向性 / 目指す方向性 label with an arrow is the way too, never an indicator 「方向性：」 (review rv75)', () => {
  const ways = [
    ['参加者数', '人', 'B4,B5', 'C4,C5', 'up'],
    ['低栄養の割合', '%', 'D4,D5', 'E4,E5', 'down'],
  ];
  expect(read(['方向性：↑', null, '方向性：↓', null])).toEqual(ways);
  expect(read(['目指す方向性：↑', null, '目標の方向：↓', null])).toEqual(ways);
});
