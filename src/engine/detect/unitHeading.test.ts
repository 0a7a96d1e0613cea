/**
 * A unit heading in a years-as-rows header: a known unit, or a short word wholly in brackets under the indicator's name
 * (「（言語）」), never the name itself.
 */
import { detectSheet } from './index';
import { snap } from './testing';
import { Grid } from './grid';
import { bracketedUnitWord, isUnitHeading, unitLineRows } from './unitHeading';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each(['件', '（人）', '％', '(千人)'])('%j is a known unit heading', (text) => expect(isUnitHeading(text)).toBe(true));
test.each(['有収率（％）', '相談件数', '（言語）'])('%j is no known unit heading', (text) => expect(isUnitHeading(text)).toBe(false));

test.each(['（言語）', '(コース)', '（団体）', '（種目）'])('%j may be a unit the list lacks', (text) => expect(bracketedUnitWord(text)).toBe(true));
test.each(['（参考）', '（再掲）', '（累計）', '（新規）', '（目標）', '（R5）', '（男性）', '（全体）', '（12）', '言語', '（令和5年度から）'])(
  '%j is no unit word',
  (text) => expect(bracketedUnitWord(text)).toBe(false),
);

test('years as rows, each name over its unit in brackets over 目標 | 実績: 「（言語）」 is the unit of the name above it', () => {
  const sheet = snap(
    '進捗管理',
    [
      ['成果指標進捗管理表'],
      ['年度', '外国人住民相談件数', null, '多言語による情報提供言語数', null],
      [null, '（件）', null, '（言語）', null],
      [null, '目標', '実績', '目標', '実績'],
      ['2021年度', 800, 742, 6, 6],
      ['2022年度', 850, 866, 7, 7],
      ['2023年度', 900, 951, 8, 8],
    ],
    { merges: ['A2:A4', 'B2:C2', 'B3:C3', 'D2:E2', 'D3:E3'] },
  );
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.unit, i.unitCell, i.actuals.map((a) => a.cell).pop()]);
  expect(read).toEqual([
    ['外国人住民相談件数', '件', 'B3', 'C7'],
    ['多言語による情報提供言語数', '言語', 'D3', 'E7'],
  ]);
});

test.each([
  ['bare', '件', '言語'],
  ['labelled', '単位：件', '単位：言語'],
])('a unit line (%s) whose other cells are known units: its word under a name is the unit, never the name', (_, u1, u2) => {
  const sheet = snap(
    '進捗管理',
    [
      ['年度', '外国人住民相談件数', null, '多言語による情報提供言語数', null],
      [null, u1, null, u2, null],
      [null, '目標', '実績', '目標', '実績'],
      ['2021年度', 800, 742, 6, 6],
      ['2022年度', 850, 866, 7, 7],
    ],
    { merges: ['A1:A3', 'B1:C1', 'B2:C2', 'D1:E1', 'D2:E2'] },
  );
  expect(detectSheet(sheet, scale).indicators.map((i) => [i.name, i.unit])).toEqual([
    ['外国人住民相談件数', '件'],
    ['多言語による情報提供言語数', '言語'],
  ]);
});

test('a line holding a mark (（参考）) beside a unit is no unit line: unitLineRows leaves it', () => {
  const sheet = snap('x', [
    ['年度', '相談件数', null, '通訳件数', null],
    [null, '件', null, '参考値', null],
    [null, '目標', '実績', '目標', '実績'],
  ]);
  const grid = new Grid(sheet);
  expect([...unitLineRows(grid, [1, 2, 3], [2, 3, 4, 5])]).toEqual([]);
});
