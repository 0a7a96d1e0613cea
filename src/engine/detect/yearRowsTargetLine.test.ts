/**
 * Indicator cards: a 目標値（令和5年度） | 「12,000人」 line above a block whose years are rows is the block's target of that
 * year; figures under a 実績値（千人） heading are converted into the target's unit (人), a 実績値（件） block keeps its unit.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const card = (target: string, heading: string, figures: number[]): Row[] => [
  ['令和5年度　施設の指標カード'],
  [],
  ['【指標1】', '市民ホール利用者数'],
  ['目標値（令和5年度）', target],
  ['年度', heading, '前年度比'],
  ['令和3年度', figures[0], null],
  ['令和4年度', figures[1], 1.08],
  ['令和5年度', figures[2], 1.07],
];

const read = (values: Row[]) =>
  checkWorkbook({ sheets: [snap('カード', values)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade !== null]);

test('the target line and 千人 figures: the actual converted into 人', () => {
  expect(read(card('12,000人', '実績値（千人）', [9.8, 10.6, 11.4]))).toEqual([['市民ホール利用者数', '人', 12000, 11400, true]]);
});

test('figures in the target’s own unit are read as written', () => {
  expect(read(card('2,400件', '実績値（件）', [1630, 1920, 1870]))).toEqual([['市民ホール利用者数', '件', 2400, 1870, true]]);
});

test('a target in a unit that does not convert leaves the heading’s unit and figures', () => {
  expect(read(card('120回', '実績値（千人）', [9.8, 10.6, 11.4]))).toEqual([['市民ホール利用者数', '千人', 120, 11.4, true]]);
});
