import { durationsAsDecimals } from './durations';
import { parseValue } from './values';

describe('durationsAsDecimals', () => {
  it('reads minutes and seconds as decimal minutes', () => {
    expect(durationsAsDecimals('8分12秒')).toBe('8.2分');
    expect(durationsAsDecimals('平均 39分30秒')).toBe('平均 39.5分');
    expect(durationsAsDecimals('8分 00秒')).toBe('8分');
  });
  it('reads hours and minutes as decimal hours', () => {
    expect(durationsAsDecimals('1時間30分')).toBe('1.5時間');
  });
  it('leaves a lone unit or an impossible part alone', () => {
    expect(durationsAsDecimals('60秒以内')).toBe('60秒以内');
    expect(durationsAsDecimals('8分75秒')).toBe('8分75秒');
  });
});

describe('parseValue of a two-unit time', () => {
  it('is one figure in minutes', () => {
    expect(parseValue('8分12秒')).toMatchObject({ status: 'value', value: 8.2, unit: '分' });
    expect(parseValue('8分36秒')).toMatchObject({ status: 'value', value: 8.6, unit: '分' });
  });
});
