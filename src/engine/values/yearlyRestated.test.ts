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

test('review rv81 item 3: every other or every few months or weeks, and a year count 程度 / 以上, restate the year too', () => {
  expect(parseValue('隔月1回（年6回）')).toMatchObject({ status: 'value', value: 6, unit: '回' });
  expect(parseValue('2か月に1回（年6回）')).toMatchObject({ status: 'value', value: 6, unit: '回' });
  expect(parseValue('2ヶ月に1回（年6回）')).toMatchObject({ status: 'value', value: 6 });
  expect(parseValue('隔週1回（年25回）')).toMatchObject({ status: 'value', value: 25 });
  expect(parseValue('毎月1回（年12回程度）')).toMatchObject({ status: 'value', value: 12, unit: '回' });
  expect(parseValue('週1回（年50回以上）')).toMatchObject({ status: 'value', value: 50 });
});

test('review rv81 item 3 guards: a bracket of another counter or smaller, or words after the count, stay as before', () => {
  expect(parseValue('隔月1回（年6件）')).not.toMatchObject({ value: 6 });
  expect(parseValue('2か月に3回（年2回）')).not.toMatchObject({ value: 2 });
  expect(parseValue('隔月1回（年6回、冬季除く）')).not.toMatchObject({ value: 6 });
});

test('review rv82b item 5: the bracket’s 程度 / 前後 / 以上 keeps its qualifier on the year’s count', () => {
  expect(parseValue('週1回（年50回程度）')).toMatchObject({ value: 50, qualifier: 'approximate' });
  expect(parseValue('毎月1回（年12回前後）')).toMatchObject({ value: 12, qualifier: 'approximate' });
  expect(parseValue('毎月1回（年12回）').qualifier).toBeUndefined();
});

test('review rv82b item 7: per quarter, a range per month, or a footnote mark after the bracket restate the year too', () => {
  expect(parseValue('四半期に1回（年4回）')).toMatchObject({ value: 4, unit: '回' });
  expect(parseValue('隔月1回（年6回）※')).toMatchObject({ value: 6, unit: '回' });
  expect(parseValue('月1～2回（年18回）')).toMatchObject({ value: 18, unit: '回' });
  expect(parseValue('月2～3回（年1回）')).not.toMatchObject({ value: 1 });
});
