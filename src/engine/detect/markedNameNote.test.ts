import { checkWorkbook } from '../actions/check';
import { noteMark } from './markedNameNote';
import { snap } from './testing';

type Rows = (string | number | null)[][];

/** A small KPI table whose second name carries a mark, and a footnote under it. */
const sheet = (marked: string, footnote: string): Rows => [
  ['令和5年度 KPI一覧'],
  ['指標名', '単位', '目標値', '実績値'],
  ['自主防災組織の結成数', '団体', 40, 38],
  [marked, '件', 12, 9],
  ['防災訓練の参加者数', '人', 900, 950],
  [],
  [footnote],
];
const directions = (rows: Rows) => checkWorkbook({ sheets: [snap('KPI', rows)] }, {}).report.indicators.map((i) => [i.name, i.direction]);

test('a footnote giving a mark on names the meaning 「小さいほど良い」 makes those names lower-is-better, and no other', () => {
  expect(directions(sheet('☆道路補修の要望件数', '※☆を付した指標は、値が小さいほど良い指標です。'))).toEqual([
    ['自主防災組織の結成数', 'up'],
    ['道路補修の要望件数', 'down'],
    ['防災訓練の参加者数', 'up'],
  ]);
  expect(directions(sheet('◆道路補修の要望件数', '◆印は減少を目指す指標'))[1]).toEqual(['道路補修の要望件数', 'down']);
});

test('a mark no name carries, or a footnote naming no mark, says nothing of the indicators', () => {
  expect(directions(sheet('道路補修の要望件数', '※☆を付した指標は、値が小さいほど良い指標です。')).map(([, d]) => d)).toEqual(['up', 'up', 'up']);
  expect(directions(sheet('☆道路補修の要望件数', '※値が小さいほど良い指標もある。')).map(([, d]) => d)).toEqual(['up', 'up', 'up']);
});

test('the mark a footnote speaks of: never ※, the footnote’s own', () => {
  expect(noteMark('※指標名に★を付したものは、値が小さいほど良い指標')).toBe('★');
  expect(noteMark('◆印の指標は少ないほど良い')).toBe('◆');
  expect(noteMark('※印は少ないほど良い')).toBeNull();
  expect(noteMark('※値が小さいほど良い')).toBeNull();
});
