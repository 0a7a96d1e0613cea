/** Two counters written together after a number are one unit (人泊 = person-nights), not the first counter alone. */
import { parseValue } from './values';
import { unitAt, unitFromName } from './units';

test.each([
  ['2,180人泊', 2180, '人泊'],
  ['外国人宿泊者数　２，５００人泊', 2500, '人泊'],
  ['1,200人泊（見込み）', 1200, '人泊'],
  ['45台日', 45, '台日'],
])('%s is %d in %s', (text, value, unit) => {
  expect(parseValue(text)).toMatchObject({ value, unit });
});

test.each([
  ['120件', '件'],
  ['15人', '人'],
  ['3.0億円', '億円'],
  ['30人日', '人日'],
  ['9人増', '人'],
])('%s keeps its one unit %s', (text, unit) => {
  expect(parseValue(text).unit).toBe(unit);
});

test('a compound that runs on into a longer word is no unit of its own: the first counter stays', () => {
  expect(unitAt('人泊施設')).toBe('人');
  expect(unitAt('人泊')).toBe('人泊');
});

test('a compound unit after a name is read whole', () => {
  expect(unitFromName('観光客の宿泊数（人泊）')).toBe('人泊');
});
