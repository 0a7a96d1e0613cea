/**
 * The whole unit token written after a number in one cell: a known unit continued by one more kanji (区画), a scale
 * before a unit (万t, 万t-CO2), a per-unit after a slash (人/日); and the words after a unit that are not part of it.
 */
import { parseValue } from './values';
import { conversionFactor, unitAt, unitFromName } from './units';

describe('the whole unit token after a number', () => {
  test.each([
    ['120区画', 120, '区画'],
    ['160 区画', 160, '区画'],
    ['131区画\n（令和4年）', 131, '区画'],
    ['30.5万t-CO2', 30.5, '万t-CO2'],
    ['41.2万t-CO2\n（平成25年度）', 41.2, '万t-CO2'],
    ['5万t', 5, '万t'],
    ['2.4千kWh', 2.4, '千kWh'],
    ['3人/日', 3, '人/日'],
    ['12件/年', 12, '件/年'],
    ['1.2万人', 1.2, '万人'],
    ['5千人', 5, '千人'],
  ])('%s reads %d %s', (text, value, unit) => {
    expect(parseValue(text)).toMatchObject({ status: 'value', value, unit });
  });

  test('a scaled unit is one figure: the digits of its qualifier are never a second number', () => {
    const p = parseValue('30.5万t-CO2');
    expect(p.ambiguous).toBeUndefined();
    expect(p.measures).toBeUndefined();
  });

  test('a kanji after the unit that says something about the figure or the time is not part of the unit', () => {
    expect(parseValue('30人増')).toMatchObject({ value: 30, unit: '人' });
    expect(parseValue('50件超')).toMatchObject({ value: 50, unit: '件' });
    expect(parseValue('3回目')).toMatchObject({ value: 3, unit: '回' });
    expect(parseValue('30人以上')).toMatchObject({ value: 30, unit: '人' });
    expect(unitAt('年間')).toBe('年');
    expect(unitAt('年度')).toBe('年');
    expect(unitFromName('新規就農者数（年間）')).toBeUndefined();
    expect(unitAt('人/50人')).toBe('人');
  });

  test('a unit token in parentheses after a name', () => {
    expect(unitFromName('市民農園利用区画数（区画）')).toBe('区画');
    expect(unitFromName('温室効果ガス排出量（万t-CO2）')).toBe('万t-CO2');
    expect(unitFromName('利用者数（人/日）')).toBe('人/日');
  });

  test('a scaled unit converts to its base, and 区画 is not 区', () => {
    expect(conversionFactor('万t-CO2', 't-CO2')).toBe(1e4);
    expect(conversionFactor('千kWh', 'kWh')).toBe(1e3);
    expect(conversionFactor('万t', '千t')).toBe(10);
    expect(conversionFactor('区画', '区')).toBeNull();
  });
});

test('a heading dated in its first bracket writes its unit in a later one (「目標値（R5）（千人）」)', () => {
  expect(unitFromName('目標値（R5）\n（千人）')).toBe('千人');
  expect(unitFromName('基準値（R元）（人）')).toBe('人');
  expect(unitFromName('公用車燃料使用量（ガソリン換算）')).toBeUndefined();
});

test('a per-unit of volume or area after a slash is part of the unit (「汚水処理原価（円/㎥）」)', () => {
  expect(unitFromName('汚水処理原価（円/㎥）')).toBe('円/m3');
  expect(unitFromName('人口密度（人/km2）')).toBe('人/km2');
});
