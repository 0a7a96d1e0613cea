/** Digits inside a Latin word (V2H, CO2, PM2.5, A4) are no figure of the cell; 「EV30台」 and a lone 「CO2」 keep theirs. */
import { findPeriod } from './periods';
import { parseValue } from './values';
import { digitsOfWord } from './wordDigits';

const measures = (text: string) => {
  const p = parseValue(text);
  return p.status === 'value' && p.measures ? p.measures.map((m) => [m.value, m.unit ?? null]) : null;
};

test('「EV 30台／V2H 10基」: two measures, 30 台 and 10 基, and no year H10', () => {
  expect(measures('EV 30台／V2H 10基')).toEqual([
    [30, '台'],
    [10, '基'],
  ]);
  expect(parseValue('EV 22台／V2H 4基')).not.toHaveProperty('notePeriod');
  expect(findPeriod('V2H 10基')).toBeNull();
});

test('a substance or a paper size before the figure is its label, not a second number', () => {
  expect(parseValue('CO2 30t')).toMatchObject({ status: 'value', value: 30, unit: 't' });
  expect(parseValue('A4 500枚')).toMatchObject({ status: 'value', value: 500, unit: '枚' });
  expect(parseValue('PM2.5 12件')).toMatchObject({ status: 'value', value: 12 });
});

test('counter-examples keep their old reading: a figure glued to a word with its unit, a lone word, an era year', () => {
  expect(parseValue('EV30台')).toMatchObject({ status: 'value', value: 30, unit: '台' });
  expect(parseValue('CO2')).toMatchObject({ status: 'value', value: 2 });
  expect(parseValue('H30 120')).toMatchObject({ status: 'value', value: 120, notePeriod: { fiscalYear: 2018 } });
  expect(parseValue('CO2 R5 30t')).toMatchObject({ status: 'value', value: 30, notePeriod: { fiscalYear: 2023 } });
  expect(findPeriod('R5 120件')?.period.fiscalYear).toBe(2023);
});

test('digitsOfWord: a Latin letter right before and a digit later', () => {
  expect(digitsOfWord('V2H 10', 1, 2)).toBe(true);
  expect(digitsOfWord('EV 30', 3, 5)).toBe(false);
  expect(digitsOfWord('CO2', 2, 3)).toBe(false);
});
