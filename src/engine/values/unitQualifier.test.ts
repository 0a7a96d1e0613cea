import { unitQualifier } from './unitQualifier';
import { unitFromName } from './units';
import { parseValue } from './values';

test.each([
  ['-CO2', '-CO2'],
  ['-CO2e', '-CO2e'],
  ['-CO₂）', '-CO₂'],
  ['-N', '-N'],
  // Not a qualifier: words, a lower-case tail, a space, a second figure.
  ['-co2', undefined],
  ['-CO2削減', undefined],
  [' -CO2', undefined],
  ['-5', undefined],
  ['', undefined],
])('%j', (text, expected) => expect(unitQualifier(text)).toBe(expected));

test('a figure in a qualified unit is one number in that unit', () => {
  expect(parseValue('12,000t-CO2')).toMatchObject({ status: 'value', value: 12000, unit: 't-CO2' });
  expect(parseValue('11,450 t-CO2')).toMatchObject({ status: 'value', value: 11450, unit: 't-CO2' });
  expect(parseValue('3.5kg-CO2')).toMatchObject({ status: 'value', value: 3.5, unit: 'kg-CO2' });
});

test('a qualified unit in a name’s brackets is the name’s unit, as written', () => {
  expect(unitFromName('温室効果ガス排出量（t-CO2）')).toBe('t-CO2');
  expect(unitFromName('1人当たり排出量（kg-CO2/人）')).toBe('kg-CO2/人');
  expect(unitFromName('排出量（t-CO2削減）')).toBeUndefined();
});
