import { checkWorkbook } from '../actions/check';
import { isUnitOnly } from './sideAttributes';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[] = []) => checkWorkbook({ sheets: [snap('推移', rows, { merges })] }, {}).report;

/** Indicators across the top under a merged heading, a units line and a 方向 line, years down the side over two lines. */
const rows: (string | number | null)[][] = [
  ['水道事業の指標（令和4年度評価）', null, null, null],
  ['年度', '区分', '指標', null],
  [null, null, '漏水件数', '給水人口'],
  [null, null, '（件）', '（千人）'],
  [null, '方向', '減少', '増加'],
  ['2021年度', '目標値', 50, 80],
  [null, '実績値', 55, 79],
  ['2022年度', '目標値', 45, 82],
  [null, '実績値', 40, 78],
  ['2023年度', '目標値', 40, 84],
  [null, '実績値', null, null],
];
const merges = ['A2:A5', 'B2:B4', 'C2:D2', 'A6:A7', 'A8:A9', 'A10:A11'];

test('a 方向 line under the names is an attribute of each name above it, never a name; the years down the side give the lines their period', () => {
  const report = read(rows, merges);
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.cells.target])).toEqual([
    ['漏水件数', '件', 45, 40, 'down', 'C8'],
    ['給水人口', '千人', 82, 78, 'up', 'D8'],
  ]);
  expect(report.indicators.map((i) => i.name)).not.toContain('増加');
});

test('a 方向 line with no line of names above it (a gap, or figures) names no indicators', () => {
  const gap = rows.map((r, i) => (i === 2 ? [null, null, '漏水件数', null] : r));
  expect(read(gap, merges).indicators.map((i) => i.name)).not.toContain('増加');
});

test('a unit-only cell is a short unit in or out of brackets; a name with its unit or a label is none', () => {
  expect(['（t）', '％', '千人', '(件)'].map(isUnitOnly)).toEqual([true, true, true, true]);
  expect(['漏水件数', '有収率（％）', '方向', '区分'].map(isUnitOnly)).toEqual([false, false, false, false]);
});
