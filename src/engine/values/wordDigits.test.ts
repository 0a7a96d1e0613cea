/** Digits inside a Latin word (V2H, CO2, PM2.5, A4) are no figure of the cell; 「EV30台」 and a lone 「CO2」 keep theirs. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
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

test('rv74: letter-then-number pairs are a label and its figure, each one kept', () => {
  expect(measures('EV12・PHV8')).toEqual([
    [12, null],
    [8, null],
  ]);
  expect(measures('LED1200 HF300')).toEqual([
    [1200, null],
    [300, null],
  ]);
  for (const t of ['EV12 PHV8', 'HV10、EV5', 'EV12／PHV8', 'A12 B8', 'EV12 FCV1 PHV8'])
    expect(parseValue(t)).toMatchObject({ status: 'value', measures: expect.any(Array) });
  expect(measures('EV12 FCV1 PHV8')?.map(([v]) => v)).toEqual([12, 1, 8]);
  expect(measures('HV10、EV5')?.map(([v]) => v)).toEqual([10, 5]);
  expect(digitsOfWord('EV12・PHV8', 2, 4)).toBe(false);
  expect(digitsOfWord('PM2.5 12', 2, 5)).toBe(true);
  expect(measures('EV12 PHV 8')?.map(([v]) => v)).toEqual([12, 8]);
});

test('rv74: a word going on to the figure past kanji, a colon or an era year still drops its digits', () => {
  expect(parseValue('CO2排出量 30t')).toMatchObject({ status: 'value', value: 30, unit: 't' });
  expect(parseValue('A4判 500枚')).toMatchObject({ status: 'value', value: 500, unit: '枚' });
  expect(parseValue('CO2：30t')).toMatchObject({ status: 'value', value: 30, unit: 't' });
  expect(parseValue('CO2 H30比 12%減')).toMatchObject({ status: 'value', value: 12, notePeriod: { fiscalYear: 2018 } });
  expect(parseValue('V2H10基')).toMatchObject({ status: 'value', value: 10, unit: '基' });
});

test('rv74: the pairs in a table keep every figure, and the words (Q1, KPI1) still drop theirs', () => {
  const { report } = checkWorkbook({
    sheets: [
      snap('S', [
        ['評価対象年度：2023年度'],
        ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
        ['電動車導入台数', '台', 'EV8・PHV4', 20, 'EV12・PHV8', null],
        ['LED化灯数', '灯', 900, 1500, 'LED1200 HF300', null],
      ]),
    ],
  });
  // Each figure kept, as 「EV 12台・PHV 8台」 reads; the kinds' parts then add up against the one target (grading/partsOfWhole.ts).
  expect(measures('EV12・PHV8')?.map(([v]) => v)).toEqual([12, 8]);
  expect(measures('LED1200 HF300')?.map(([v]) => v)).toEqual([1200, 300]);
  const actual = (n: string) => report.indicators.find((i) => i.name === n)?.actual;
  expect(actual('電動車導入台数')).toBe(20);
  expect(actual('LED化灯数')).toBe(1500);
  expect(measures('Q1 30件 Q2 40件')?.map(([v]) => v)).toEqual([30, 40]);
  expect(parseValue('KPI1 85%')).toMatchObject({ status: 'value', value: 85 });
});

test('rv76: a kanji counter after the digits that the next figure repeats keeps both (LED12灯 水銀灯3灯); A4判 500枚 still drops 4', () => {
  const p = parseValue('LED12灯 水銀灯3灯');
  expect(p.status === 'value' && p.measures ? p.measures.map((m) => m.value) : p).toEqual([12, 3]);
  expect(parseValue('LED12灯')).toMatchObject({ status: 'value', value: 12 });
  expect(parseValue('A4判 500枚')).toMatchObject({ status: 'value', value: 500 });
});
