/**
 * Years as rows under lines labelled in the period column (区分 | 単位 | 目標値（R6） | 目標の考え方), one indicator a column:
 * a target of a total over the term compares with the 累計 line under the years, any other with each year's own figure.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const HEAD: (string | number | null)[][] = [
  ['総合戦略KPIの進捗（令和5年度末時点）', null, null, null],
  ['区分', '新規就農者数', '企業立地件数', '観光入込客数'],
  ['単位', '人', '件', '千人'],
  ['目標値（R6）', 50, 10, 450],
  ['目標の考え方', 'R2～R6の累計', 'R2～R6の累計', 'R6年度の年間値'],
  ['R2年度', 8, 1, 261],
  ['R3年度', 11, 2, 298],
  ['R4年度', 9, 1, 375],
  ['R5年度', 12, 3, 428],
  ['R6年度', null, null, null],
];

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('KPI', rows)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.actual]);

test('a target of a total over the term is compared with the 累計 line; a yearly one with the year own figure', () => {
  expect(read([...HEAD, ['累計（R2～R5）', 40, 7, '－'], ['進捗率', 0.8, 0.7, 0.95]])).toEqual([
    ['新規就農者数', '人', 50, 40, 'B11'],
    ['企業立地件数', '件', 10, 7, 'C11'],
    ['観光入込客数', '千人', 450, 428, 'D9'],
  ]);
});

test('with no 累計 line the total targets are not read: the years alone are no total to grade', () => {
  expect(read(HEAD)).toEqual([['観光入込客数', '千人', 450, 428, 'D9']]);
});

test('with no basis line every column is read year by year against the target above', () => {
  const rows = HEAD.filter((r) => r[0] !== '目標の考え方');
  expect(read(rows).map(([name, , target, actual]) => [name, target, actual])).toEqual([
    ['新規就農者数', 50, 12],
    ['企業立地件数', 10, 3],
    ['観光入込客数', 450, 428],
  ]);
});

test('lines above the years that are no names, unit, target or basis: not this layout', () => {
  const rows = HEAD.map((r) => (r[0] === '単位' ? ['備考', 'a', 'b', 'c'] : r));
  expect(read(rows).filter(([, , target]) => target !== null && target !== undefined)).not.toContainEqual(['新規就農者数', '人', 50, 40, 'B11']);
});
