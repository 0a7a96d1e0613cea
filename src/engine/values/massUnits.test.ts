/** Grams, litres and kilowatt-hours written after a figure are its unit, as 件 and t are. */
import { parseValue } from './values';

test.each([
  ['850g以下', 850, 'g'],
  ['872g', 872, 'g'],
  ['1.5kg', 1.5, 'kg'],
  ['12mg', 12, 'mg'],
  ['350mL', 350, 'mL'],
  ['2.4L', 2.4, 'L'],
  ['1,200kWh', 1200, 'kWh'],
  ['1,200t以下', 1200, 't'],
])('%s', (text, value, unit) => expect(parseValue(text)).toMatchObject({ status: 'value', value, unit }));
