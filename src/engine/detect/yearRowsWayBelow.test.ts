/**
 * A 目指す方向 line between a year-rows table's measures (目標 | 実績) and its years is each indicator's way, never the
 * columns' last heading: the table is read, each name taking the way merged under its own pair.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';
import { wayBelowMeasures } from './yearRowsWayBelow';

const scale = ['A', 'B', 'C'].map((grade) => ({ grade, label: '' }));

const read = (wayLabel: string, wayLine: (string | null)[], wayMerges: string[]) =>
  detectSheet(
    snap(
      '推移',
      [
        ['年度', '補導人数（人）', null, '登録件数（件）', null],
        [null, '目標', '実績', '目標', '実績'],
        [wayLabel, ...wayLine],
        ['令和3年度', 160, 171, 1225, 1240],
        ['令和4年度', 150, 168, 1250, 1262],
      ],
      { merges: ['A1:A2', 'B1:C1', 'D1:E1', ...wayMerges] },
    ),
    scale,
  ).indicators.map((i) => [i.name, i.unit, i.targets.map((t) => t.cell).join(','), i.actuals.map((a) => a.cell).join(','), i.statedDirection?.value ?? null]);

test('each name takes the way merged under its own 目標 | 実績 pair, and the years below', () => {
  expect(read('目指す方向', ['↓減少', null, '↑増加', null], ['B3:C3', 'D3:E3'])).toEqual([
    ['補導人数', '人', 'B4,B5', 'C4,C5', 'down'],
    ['登録件数', '件', 'D4,D5', 'E4,E5', 'up'],
  ]);
});

test('a cell on the line that reads no way (「－」) gives none, the table still read', () => {
  expect(read('目指す方向', ['－', null, '↑', null], ['B3:C3', 'D3:E3']).map(([n, , , , w]) => [n, w])).toEqual([
    ['補導人数', null],
    ['登録件数', 'up'],
  ]);
});

test('a way merged over both names is neither’s', () => {
  expect(read('目指す方向', ['↓減少', null, null, null], ['B3:E3']).map(([n, , , , w]) => [n, w])).toEqual([
    ['補導人数', null],
    ['登録件数', null],
  ]);
});

test('only a line the period column labels a direction: a 備考 line under the measures is not taken off as a way', () => {
  const h = (text: string, row: number) => ({ text, row });
  const onWayRow = (x: { row: number }) => x.row === 3;
  const hs = [h('補導人数', 1), h('目標', 2), h('↓', 4)];
  expect(wayBelowMeasures(hs, onWayRow)).toBeUndefined();
  expect(hs).toHaveLength(3);
  // Nor a line right under a name with no measure between (the name's own second line).
  expect(wayBelowMeasures([h('補導人数', 1), h('↓', 3)], onWayRow)).toBeUndefined();
  const withWay = [h('補導人数', 1), h('目標', 2), h('↓', 3)];
  expect(wayBelowMeasures(withWay, onWayRow)?.text).toBe('↓');
  expect(withWay.map((x) => x.text)).toEqual(['補導人数', '目標']);
});

test('review rv65: a 目指す方向 cell the reader cannot read (「前年度より減少」) leaves the table unread, never graded up', () => {
  const sheet = (way: string) =>
    snap(
      '推移',
      [
        ['年度', '補導人数（人）', null],
        [null, '目標', '実績'],
        ['目指す方向', way, null],
        ['令和3年度', 160, 171],
        ['令和4年度', 150, 168],
      ],
      { merges: ['A1:A2', 'B1:C1', 'B3:C3'] },
    );
  const read = (way: string) => checkWorkbook({ sheets: [sheet(way)] }, {}).report.indicators.map((i) => [i.name, i.direction, i.grade]);
  expect(read('前年度より減少')).toEqual([]);
  expect(read('↓減少')).toEqual([['補導人数', 'down', 'B']]);
});
