/** A name cell's later line stating its way (「⏎↓減少を目指す」): the stated direction, off the name, its unit's bracket still read. */
import { checkWorkbook } from '../actions/check';
import { cleanName } from './names';
import { nameWayLine } from './nameWayLine';
import { snap } from './testing';

test.each([
  ['↓減少を目指す', 'down'],
  ['↑増加を目指す', 'up'],
  ['（↓減少を目指す）', 'down'],
  ['↑ 向上', 'up'],
  ['→維持', 'maintain'],
])('%s states a way', (line, way) => expect(nameWayLine(line)?.value).toBe(way));

test.each(['↓', '→前年度比で評価', '↓うち市内分', '↑減少を目指す', '減少を目指す', '人口↓の影響'])('%s states none', (line) =>
  expect(nameWayLine(line)).toBeNull(),
);

test.each([
  ['外来種の確認地点数（箇所）\n↓減少を目指す', { name: '外来種の確認地点数', unit: '箇所', direction: { value: 'down' } }],
  ['ごみの排出量（t）\n（↓減少を目指す）', { name: 'ごみの排出量', unit: 't', direction: { value: 'down' } }],
  // A later line that goes on with other words stays in the name, as before.
  ['相談件数\n→前年度比で評価', { name: '相談件数→前年度比で評価' }],
])('%j', (raw, expected) => expect(cleanName(raw)).toMatchObject(expected));

test('years as rows under names with their unit and way in the heading: the name without either, the unit, the way', () => {
  const rows = [
    ['生きもの調査結果の推移（評価対象年度：令和５年度）', null, null],
    [null, null, null],
    ['年度', '動植物の確認種数（種）', '外来種の確認地点数（箇所）\n↓減少を目指す'],
    ['令和３年度', 1048, 61],
    ['令和４年度', 1061, 60],
    ['令和５年度', 1086, 57],
    ['目標値（令和７年度）', 1200, 40],
  ];
  const { report } = checkWorkbook({ sheets: [snap('調査', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.direction, i.target, i.actual])).toEqual([
    ['動植物の確認種数', '種', 'up', 1200, 1086],
    ['外来種の確認地点数', '箇所', 'down', 40, 57],
  ]);
});
