/**
 * Indicators across, years and 目標 / 実績 lines down the side, the side's headings (年度 | 区分) merged down over the line of
 * units in brackets under the names (（時間） | （％）): that line is the names' units, as it is with a blank label cell.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = snap(
  '働き方',
  [
    ['取組指標の推移'],
    [],
    ['年度', '区分', '月平均時間外勤務時間', '育児休業取得率'],
    [null, null, '（時間）', '（％）'],
    ['令和4年度', '実績', 12.1, 38.5],
    ['令和5年度', '目標', 10, 50],
    [null, '実績', 11.8, 61.5],
  ] as never,
  { merges: ['A3:A4', 'B3:B4', 'A6:A7'] },
);

test('the bracketed units under the names are read under a side heading merged down over them', () => {
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.unit ?? null, i.unitCell ?? null]);
  expect(read).toEqual([
    ['月平均時間外勤務時間', '時間', 'C4'],
    ['育児休業取得率', '%', 'D4'],
  ]);
});
