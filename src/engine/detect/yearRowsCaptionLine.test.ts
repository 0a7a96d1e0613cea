/** A text alone over a years-as-rows table's last column (the office keeping it) is its caption, never that column's name. */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { snap } from './testing';
import { isCaptionLine } from './yearRowsCaptionLine';

const HEAD = ['年度', '歩行者通行量（人）', '空き店舗数（店舗）', '居住人口（人）'];
const table = (above: (string | null)[], head: (string | null)[] = HEAD) =>
  snap('推移', [
    ['中心市街地の現況（令和２年度）', null, null, null],
    above,
    head,
    ['目指す方向', '増加', '減少', '増加'],
    ['令和元年度', 13960, 30, 4967],
    ['令和２年度', 7840, 29, 4912],
    ['目標値（令和２年度）', 15000, 25, 5000],
  ]);
const caption = (above: (string | null)[], head?: (string | null)[]) => {
  const grid = new Grid(table(above, head));
  return isCaptionLine(new CellIndex(grid), 2, 1, 4);
};

test('an office written over the last column alone is a caption: that column is read under its own name', () => {
  const { report } = checkWorkbook({ sheets: [table([null, null, null, '西浦市商工観光課'])] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.name])).toEqual([
    ['歩行者通行量', '人', 15000, 7840, 'B3'],
    ['空き店舗数', '店舗', 25, 29, 'C3'],
    ['居住人口', '人', 5000, 4912, 'D3'],
  ]);
  expect(caption([null, null, null, '西浦市商工観光課'])).toBe(true);
});

test('a text over another column, over several, or over a measure word (居住人口 over 実績) is no caption', () => {
  expect(caption([null, null, '西浦市商工観光課', null])).toBe(false);
  expect(caption([null, null, '中心市街地', '西浦市商工観光課'])).toBe(false);
  expect(caption([null, null, null, '居住人口（人）'], ['年度', '歩行者通行量（人）', '空き店舗数（店舗）', '実績'])).toBe(false);
  expect(caption([null, null, null, '居住人口（人）'], ['年度', '歩行者通行量（人）', '空き店舗数（店舗）', null])).toBe(false);
});

test('review rv66: a qualifier over the last column (累計, 市外, 外国人) is no caption; a source is one', () => {
  for (const word of ['累計', '市外', '外国人', 'うち外国人']) expect(caption([null, null, null, word])).toBe(false);
  expect(caption([null, null, null, '資料：住民基本台帳'])).toBe(true);
});
