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

test('the mark a footnote speaks of: ※ only when named as a mark (※印 / ※を付した), never as the footnote’s own', () => {
  expect(noteMark('※指標名に★を付したものは、値が小さいほど良い指標')).toBe('★');
  expect(noteMark('◆印の指標は少ないほど良い')).toBe('◆');
  expect(noteMark('※印の指標は、数値が小さいほど良い指標です。')).toBe('※');
  expect(noteMark('※を付した指標は減少を目指す')).toBe('※');
  expect(noteMark('※値が小さいほど良い')).toBeNull();
  expect(noteMark('※：値が小さいほど良い')).toBeNull();
});

test('names ending with ※ under 「※印の指標は小さいほど良い」 are lower-is-better; a name whose ※ is a numbered footnote is not', () => {
  expect(directions(sheet('道路補修の要望件数※', '※印の指標は、数値が小さいほど良い指標です。'))[1]).toEqual(['道路補修の要望件数', 'down']);
  expect(directions(sheet('道路補修の要望件数※1', '※印の指標は、数値が小さいほど良い指標です。'))[1][1]).toBe('up');
});

test('a note giving two marks their meanings gives each only its own words (「★印は重点指標、▼印は減少を目指す指標」)', () => {
  const rows = (a: string, b: string, note: string): Rows => [
    ['令和5年度 KPI一覧'],
    ['指標名', '単位', '目標値', '実績値'],
    [a, '団体', 100, 90],
    [b, '件', 12, 9],
    [],
    [note],
  ];
  expect(directions(rows('★市民活動団体登録数', '▼道路補修の要望件数', '※★印は重点指標、▼印は減少を目指す指標を示す。'))).toEqual([
    ['市民活動団体登録数', 'up'],
    ['道路補修の要望件数', 'down'],
  ]);
  // A mark given another meaning, the direction said of something else in the next sentence.
  expect(
    directions(rows('◆防災訓練参加者数', '◆自主防災組織率', '※◆は県の総合計画と共通の指標。数値が小さいほど良い指標には（↓）を付した。')).map(([, d]) => d),
  ).toEqual(['up', 'up']);
});

test('a numbered footnote speaks of the name carrying its mark only, not of another name it mentions in passing', () => {
  const rows: Rows = [
    ['令和6年度 KPI'],
    ['指標名', '単位', '目標値', '実績値'],
    ['転入者数', '人', 3200, 3054],
    ['転出超過数※1', '人', 150, 212],
    ['観光入込客数', '万人', 150, 131.6],
    [],
    ['※1　転出超過数は、転出者数から転入者数を差し引いた数で、減少を目指す指標です。'],
  ];
  expect(directions(rows)).toEqual([
    ['転入者数', 'up'],
    ['転出超過数', 'down'],
    ['観光入込客数', 'up'],
  ]);
  // No name carries ※2: the footnote is read as any remark, naming 転入者数 and 転出超過数.
  const unmarked = rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace('※1', '※2').replace('転出超過数※2', '転出超過数') : c)));
  expect(directions(unmarked).map(([, d]) => d)).toEqual(['down', 'down', 'up']);
});
