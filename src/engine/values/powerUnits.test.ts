import { cleanName } from '../detect/names';
import { conversionFactor, unitAt, unitFromName } from './units';

describe('power and energy units (kW, MW, kWh, MWh, GWh)', () => {
  test.each([
    ['420kW', 'kW'],
    ['1.5 MW', 'MW'],
    ['3,200kWh', 'kWh'],
    ['12MWh', 'MWh'],
    ['0.8GWh', 'GWh'],
  ])('the unit after the figure of %s is %s', (text, unit) => {
    expect(unitAt(text.replace(/^[\d.,\s]+/, ''))).toBe(unit);
  });

  test.each([
    ['公共施設の太陽光発電設備容量（kW）', 'kW'],
    ['再生可能エネルギー発電量(MWh)', 'MWh'],
    ['庁舎の電力使用量（ｋＷｈ）', 'kWh'],
  ])('a bracketed unit closing the name %s is its unit %s', (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
    const clean = cleanName(name);
    expect(clean.unit).toBe(unit);
    expect(clean.name).not.toMatch(/[（(]/);
  });

  test('power and energy are never compared with each other', () => {
    expect(conversionFactor('kW', 'kWh')).toBeNull();
    expect(conversionFactor('kW', 'kW')).toBe(1);
  });
});
