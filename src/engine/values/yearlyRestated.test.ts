import { parseValue } from './values';

describe('a frequency with the year count restated in its bracket', () => {
  test('毎月1回（年12回）: the year count', () => {
    expect(parseValue('毎月1回（年12回）')).toMatchObject({ status: 'value', value: 12, unit: '回' });
    expect(parseValue('週2回（年間100回）')).toMatchObject({ status: 'value', value: 100 });
  });

  test('a bracket of another counter, of no year, or smaller is no restatement', () => {
    expect(parseValue('月1回（年12件）')).toMatchObject({ value: 1 });
    expect(parseValue('毎月1回（冬季除く）')).toMatchObject({ value: 1 });
    expect(parseValue('毎月10回（年5回）')).toMatchObject({ value: 10 });
  });
});
