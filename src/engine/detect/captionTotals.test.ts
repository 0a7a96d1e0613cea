/** A numbered measure caption over part rows without targets and their 合計: the 合計 row is the caption's indicator. */
import { checkWorkbook } from '../actions/check';
import { isTotalLabel, measureCaption } from './captionTotals';
import { snap } from './testing';

describe('measureCaption', () => {
  test.each([
    ['成果指標1　文化施設の年間利用者数', '文化施設の年間利用者数'],
    ['【指標2】スポーツ施設の利用者数', 'スポーツ施設の利用者数'],
    ['KPI 3：図書館の貸出冊数（冊）', '図書館の貸出冊数（冊）'],
    ['ＫＰＩ２　公民館の利用率', '公民館の利用率'],
    ['成果指標①　公民館の利用者数', '公民館の利用者数'],
  ])('%s names %s', (text, name) => expect(measureCaption(text)).toBe(name));

  test.each(['成果指標1', '（1）文化施設', '文化施設の年間利用者数', '指標2　合計', '成果指標', '２　成果指標'])('%s is no numbered measure caption', (text) =>
    expect(measureCaption(text)).toBeNull(),
  );
});

describe('isTotalLabel', () => {
  test.each(['合計', '【合計】', '　計', '総計'])('%s is a total', (t) => expect(isTotalLabel(t)).toBe(true));
  test.each(['小計', '累計', '合計特殊出生率', '利用者合計'])('%s is not', (t) => expect(isTotalLabel(t)).toBe(false));
});

const DASH = '－';
const facilities = (caption: string, partTarget: string | number = DASH) => [
  ['令和5年度　施設の利用状況'],
  [null, null, null, null, '（単位：人）'],
  ['成果指標／施設名', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考'],
  [caption, null, null, null, null],
  ['　市民会館', 95230, partTarget, 101870, null],
  ['　文化センター', 51880, partTarget, 53040, null],
  ['　美術館', 22410, partTarget, 19880, '改修のため休館'],
  ['合計', 169520, 190000, 174790, null],
  [],
  ['成果指標2　スポーツ施設の年間利用者数', null, null, null, null],
  ['　総合体育館', 133920, partTarget, 142300, null],
  ['　市民プール', 35110, partTarget, 38650, null],
  ['合計', 169030, 170000, 180950, null],
];

test('the 合計 rows are the captions’ indicators, the part rows left out and named', () => {
  const sheet = snap('施設', facilities('成果指標1　文化施設の年間利用者数'), { merges: ['A4:E4', 'A10:E10'] });
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade])).toEqual([
    ['文化施設の年間利用者数', '人', 190000, 174790, 'B'],
    ['スポーツ施設の年間利用者数', '人', 170000, 180950, 'A'],
  ]);
  const left = report.findings.find((f) => f.code === 'rows-left-out');
  expect(left?.params).toMatchObject({ reason: 'total-parts', cells: ['A5', 'A6', 'A7', 'A11', 'A12'] });
});

test('a caption right above the header names the total of the table below it', () => {
  const rows = [
    ['成果指標1　地区センターの年間利用者数'],
    ['施設名', '令和5年度目標', '令和5年度実績'],
    ['東地区センター', null, 41200],
    ['西地区センター', '－', 38800],
    ['合計', 85000, 80000],
  ];
  const { report } = checkWorkbook({ sheets: [snap('地区', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['地区センターの年間利用者数', 85000, 80000]]);
});

test('parts with targets of their own are the indicators: the rule does not fire', () => {
  const sheet = snap('施設', facilities('成果指標1　文化施設の年間利用者数', 60000), { merges: ['A4:E4', 'A10:E10'] });
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  const names = report.indicators.map((i) => i.name);
  expect(names).toEqual(expect.arrayContaining(['市民会館', '文化センター', '美術館', '総合体育館', '市民プール']));
  expect(names).not.toContain('文化施設の年間利用者数');
});

test('a caption naming no measure (「（1）文化施設」) leaves the rows as read', () => {
  const rows = facilities('（1）文化施設').map((r) => (r[0] === '成果指標2　スポーツ施設の年間利用者数' ? ['（2）スポーツ施設', null, null, null, null] : r));
  const { report } = checkWorkbook({ sheets: [snap('施設', rows, { merges: ['A4:E4', 'A10:E10'] })] }, {});
  const names = report.indicators.map((i) => i.name);
  expect(names).toEqual(expect.arrayContaining(['市民会館', '総合体育館']));
  expect(names.some((n) => /年間利用者数/.test(n))).toBe(false);
  expect(report.findings.some((f) => f.code === 'rows-left-out' && (f.params as { reason: string }).reason === 'total-parts')).toBe(false);
});
