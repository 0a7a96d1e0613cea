/** A table's body rows that hold no indicator: here, a section under the table whose sentence runs into the unit column. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (last: (string | number | null)[]) => [
  ['令和5年度　経営評価'],
  ['経営指標', '単位', '目標', '実績', '評価'],
  ['売上高', '千円', 650000, 671230, 'A'],
  ['宿泊客数', '人', 12000, 11520, 'B'],
  [],
  last,
];
const names = (last: (string | number | null)[]) => checkWorkbook({ sheets: [snap('S', sheet(last))] }, {}).report.indicators.map((i) => i.name);

test('a section heading with a sentence written into the unit column is no indicator', () => {
  expect(names(['２　所管課の意見', '宿泊部門は好調。日帰り入浴は営業時間短縮の影響で目標を下回った。'])).toEqual(['売上高', '宿泊客数']);
});

test('a row with a unit and its figures still to come is an indicator; so is one whose unit is a word, not a sentence', () => {
  expect(names(['日帰り入浴客数', '人'])).toEqual(['売上高', '宿泊客数', '日帰り入浴客数']);
  expect(names(['自主事業の開催数', '件', 40, 43])).toEqual(['売上高', '宿泊客数', '自主事業の開催数']);
});

test('a template row still named 「（指標名を入力）」: left out when empty or 0, read when figures were written on it (review rv41b)', () => {
  const read = (last: (string | number | null)[]) =>
    checkWorkbook(
      { sheets: [snap('S', [['令和5年度　成果指標'], ['指標名', '単位', '目標', '実績', '評価'], ['相談件数', '件', 100, 90, 'B'], last])] },
      {},
    ).report.indicators.map((i) => i.name);
  expect(read(['（指標名を入力）', null, 0, 0])).toEqual(['相談件数']);
  expect(read(['（指標名を入力）', '件', 40, 30, 'C'])).toEqual(['相談件数', '（指標名を入力）']);
});
