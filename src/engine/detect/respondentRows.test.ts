/**
 * A survey's figure split by respondents (全体 | 男性 | 女性) under one heading: a row whose indicator is one group's own
 * (「女性の就業率」) takes that group's column, the other rows the whole's (rv57's silent misread).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const survey = (rows: [string, number, number, number][], subs = ['全体', '男性', '女性']) =>
  snap(
    '意識調査',
    [['指標', '単位', '目標値（R7）', '令和５年度実績', null, null], [null, null, null, ...subs], ...rows.map(([name, ...v]) => [name, '％', 60, ...v])],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1'] },
  );

const read = (rows: [string, number, number, number][], subs?: string[]) =>
  checkWorkbook({ sheets: [survey(rows, subs)] }, {}).report.indicators.map((i) => [i.name, i.actual, i.cells.actual]);

test('「女性の就業率」 takes the 女性 column; a row of everyone takes the 全体 column', () => {
  expect(
    read([
      ['女性の就業率', 52.1, 61.4, 43.2],
      ['男性の育児休業取得率', 30.5, 18.2, 41.0],
      ['男女平等だと感じる市民の割合', 25.3, 31.0, 20.2],
    ]),
  ).toEqual([
    ['女性の就業率', 43.2, 'F3'],
    ['男性の育児休業取得率', 18.2, 'E4'],
    ['男女平等だと感じる市民の割合', 25.3, 'D5'],
  ]);
});

test('an age group named in the row (「65歳以上の運動習慣のある人の割合」) takes that group’s column', () => {
  expect(read([['65歳以上の運動習慣のある人の割合', 40.1, 35.0, 52.3]], ['全体', '18～64歳', '65歳以上'])).toEqual([
    ['65歳以上の運動習慣のある人の割合', 52.3, 'F3'],
  ]);
});

test('a name naming both groups, or a group word inside another word (女性委員, 男女), keeps the whole', () => {
  expect(
    read([
      ['男性と女性の賃金格差', 12.0, 10.0, 14.0],
      ['審議会等の女性委員の割合', 35.2, 30.0, 40.0],
    ]),
  ).toEqual([
    ['男性と女性の賃金格差', 12.0, 'D3'],
    ['審議会等の女性委員の割合', 35.2, 'D4'],
  ]);
});

test('「就業率（女性）」 takes the 女性 column', () => {
  expect(read([['就業率（女性）', 52.1, 61.4, 43.2]])).toEqual([['就業率（女性）', 43.2, 'F3']]);
});

test('a question of opinion about a group, asked of everyone, keeps the whole (rv58)', () => {
  expect(
    read([
      ['女性が働きやすいまちだと感じる市民の割合', 30, 35, 25],
      ['女性の活躍が進んでいると感じる人の割合', 40, 48, 32],
      ['女性の社会参画が進んでいると思う市民の割合', 20, 26, 15],
    ]).map((r) => r[1]),
  ).toEqual([30, 40, 20]);
  expect(read([['65歳以上の高齢者が地域で安心して暮らせると思う市民の割合', 50, 45, 55]], ['全体', '20歳代', '65歳以上']).map((r) => r[1])).toEqual([50]);
});

test('a group cell of 「－」 or blank beside the whole’s figure: the whole is the row’s figure (rv58)', () => {
  expect(read([['女性の就業率', 52.1, '－' as unknown as number, '－' as unknown as number]])).toEqual([['女性の就業率', 52.1, 'D3']]);
  expect(read([['市の審議会等の委員のうち、女性の割合', 33, null as unknown as number, null as unknown as number]])).toEqual([
    ['市の審議会等の委員のうち、女性の割合', 33, 'D3'],
  ]);
});
