/** A note 「※単位はすべて％」 under a table with no unit column gives ％ to each of its rows written with none. */
import { checkWorkbook } from '../actions/check';
import { defaultUnitOf } from './defaultUnitNote';
import { snap } from './testing';

test.each([
  ['※単位はすべて％。目指す方向　↑：増やす　↓：減らす', '%'],
  ['※単位は、いずれも人', '人'],
  ['単位：全て件', '件'],
])('「%s」 names %s for every row', (text, unit) => {
  expect(defaultUnitOf(text)).toBe(unit);
});

test.each(['※単位はすべて人又は件', '※単位は各指標による', '※すべて令和5年度調査'])('guard: 「%s」 names no unit', (text) => {
  expect(defaultUnitOf(text)).toBeNull();
});

test('the note gives ％ to each survey row of the table, none having its own', () => {
  const rows = [
    ['No.', '設問（指標）', '前回', '目標値', '今回'],
    [1, '認知症の基本的な知識がある市民の割合', 58.3, 70, 64.8],
    [2, '認知症カフェを知っている市民の割合', 18.2, 30, 31.4],
    [],
    [null, '※単位はすべて％。'],
  ];
  const units = checkWorkbook({ sheets: [snap('調査', rows)] }, {}).report.indicators.map((i) => i.unit);
  expect(units).toEqual(['%', '%']);
});
