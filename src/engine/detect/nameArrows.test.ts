/** A way drawn after an indicator's name (「（↓）」「↑」): taken out of the name, the indicator's stated direction. */
import { checkWorkbook } from '../actions/check';
import { cleanName } from './names';
import { snap } from './testing';

test.each([
  ['救急車の平均到着時間（↓）', '救急車の平均到着時間', 'down'],
  ['救急車の平均到着時間 ↓', '救急車の平均到着時間', 'down'],
  ['自主防災組織の結成数(↑)', '自主防災組織の結成数', 'up'],
  ['待機児童数（↓減少）', '待機児童数', 'down'],
  ['平均在院日数（日）（↓）', '平均在院日数', 'down'],
  ['平均在院日数（↓）（日）', '平均在院日数', 'down'],
])('%s', (raw, name, way) => expect(cleanName(raw)).toMatchObject({ name, direction: { value: way } }));

test.each(['矢印→の数', '↓', '参加者数（再掲）', '相談件数（件）'])('%s: no way drawn', (raw) => expect(cleanName(raw).direction).toBeUndefined());

test('a table row marked （↓） is read lower-is-better, under its name without the mark', () => {
  const rows = [
    ['令和5年度　消防・救急の指標', null, null, null],
    ['指標', '単位', '目標値', '実績値'],
    ['救急車の平均到着時間（↓）', '分', 8, 7.5],
    ['救命講習の受講者数', '人', 1500, 1320],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.direction])).toEqual([
    ['救急車の平均到着時間', 'down'],
    ['救命講習の受講者数', 'up'],
  ]);
  expect(report.indicators[0].cells.direction).toBe('A3');
});

test('an arrow after a name heading a column of years as rows (「公共施設の延床面積 ↓」) is its stated direction too', () => {
  const rows = [
    ['取組指標の推移'],
    ['年度', '電子申請が可能な手続数', '公共施設の延床面積 ↓'],
    ['（単位）', '手続', '㎡'],
    ['令和５年度', 131, 405030],
    ['令和６年度', 162, 402350],
    ['目標値（令和６年度）', 150, 398000],
  ];
  const { report } = checkWorkbook({ sheets: [snap('推移', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.direction, i.cells.direction ?? null])).toEqual([
    ['電子申請が可能な手続数', 'up', null],
    ['公共施設の延床面積', 'down', 'C2'],
  ]);
});
