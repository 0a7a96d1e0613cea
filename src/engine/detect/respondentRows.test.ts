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
