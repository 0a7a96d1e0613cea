/** A bare ※ before a name marks the row (「※地盤沈下量（年間最大）」 under 「※印の指標は値が小さいほど良好な指標…」): the name follows it. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { splitNameNote } from './leadingNameMark';
import { snap } from './testing';

const rows = (names: string[]): CellValue[][] => [
  ['令和６年度　地下水保全対策の評価'],
  [null],
  ['No.', '指標名', '単位', '基準値\n（令和元年度）', '目標値\n（令和6年度）', '実績値\n（令和6年度）', '評価'],
  [1, names[0], 'cm', 1.8, 1.0, 1.4, 'C'],
  [2, names[1], 'L', 331, 310, 322, 'B'],
  [3, '湧水地点の平均湧出量', 'L/分', 850, 850, 612, 'B'],
  [null],
  ['※印の指標は値が小さいほど良好な指標であり、達成率は「目標値÷実績値」により算出している。'],
];

const read = (names: string[]) => checkWorkbook({ sheets: [snap('評価', rows(names))] }, {}).report.indicators.map((i) => [i.name, i.direction, i.grade]);

test('a ※ before the name: the name without it, lower is better by the footnote (hold-out 196 gensho-kome)', () => {
  expect(read(['※地盤沈下量（年間最大）', '※1人1日当たり給水量'])).toEqual([
    ['地盤沈下量（年間最大）', 'down', 'C'],
    ['1人1日当たり給水量', 'down', 'B'],
    ['湧水地点の平均湧出量', 'up', 'C'],
  ]);
});

test('the split: a later ※ still opens a note; a sentence after a leading ※ is a note, no name', () => {
  expect(splitNameNote('※事業所の地下水揚水量 ※条例対象事業所')).toEqual({ name: '事業所の地下水揚水量 ', note: '条例対象事業所' });
  expect(splitNameNote('新製品・新技術開発の件数（件）※合併後累計')).toEqual({ name: '新製品・新技術開発の件数（件）', note: '合併後累計' });
  expect(splitNameNote('※令和5年度は速報値。')).toEqual({ name: '', note: '令和5年度は速報値。' });
  expect(splitNameNote('相談件数')).toEqual({ name: '相談件数' });
});

const withNote = (names: string[], note: string) => {
  const sheet = rows(names);
  sheet[sheet.length - 1] = [note];
  return checkWorkbook({ sheets: [snap('評価', sheet)] }, {}).report.indicators.map((i) => [i.name, i.direction]);
};

test('review rv81 item 2: ＊ before the name is the mark too; 「※　」 with a space after it under 「※は低減を目指す指標」', () => {
  expect(withNote(['＊地盤沈下量（年間最大）', '＊環境基準超過井戸数'], '＊印の指標は値が小さいほど良好な指標').slice(0, 2)).toEqual([
    ['地盤沈下量（年間最大）', 'down'],
    ['環境基準超過井戸数', 'down'],
  ]);
  expect(withNote(['※　地盤沈下量（年間最大）', '※　環境基準超過井戸数'], '※は低減を目指す指標（目標値以下で達成）')).toEqual([
    ['地盤沈下量（年間最大）', 'down'],
    ['環境基準超過井戸数', 'down'],
    ['湧水地点の平均湧出量', 'up'],
  ]);
  expect(splitNameNote('＊令和5年度は速報値。')).toEqual({ name: '＊令和5年度は速報値。' });
});
