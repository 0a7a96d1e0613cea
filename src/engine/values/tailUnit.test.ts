/** A unit word after the only number that the list of known units does not hold; a bound written after it is no part of it. */
import { tailUnit } from './tailUnit';
import { parseValue } from './values';

test.each([
  [' 経営体', '経営体'],
  ['分以内', '分'],
  ['分未満', '分'],
  ['日以上', '日'],
  ['コース以下', 'コース'],
  ['以内', undefined],
  ['見込み', undefined],
  ['件増', undefined],
])('tailUnit(%j) is %j', (rest, unit) => expect(tailUnit(rest)).toBe(unit));

test('a target written with its bound reads the unit before the bound and keeps the text for the way', () => {
  expect(parseValue('7.5分以内')).toMatchObject({ value: 7.5, unit: '分', text: '7.5分以内' });
  expect(parseValue('15分未満')).toMatchObject({ value: 15, unit: '分' });
});
