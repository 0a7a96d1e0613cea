import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { conversionFactor } from './units';
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

describe('a two-unit time against a target in the smaller unit (review rv48)', () => {
  it('converts into the smaller unit: 「1時間5分」 is 65 分, 「1分2秒」 62 秒', () => {
    const inMinutes = (text: string, to: string) => {
      const p = parseValue(text);
      return Number((p.value! * conversionFactor(p.unit, to)!).toPrecision(12));
    };
    expect(inMinutes('1時間5分', '分')).toBe(65);
    expect(inMinutes('1分2秒', '秒')).toBe(62);
    expect(conversionFactor('時間', '分')).toBe(60);
  });

  it('grades 「1時間5分」 in a 分 row against 40 分 as 65 分', () => {
    const rows = [
      ['指標名', '単位', '目標値', '実績値'],
      ['救急搬送の病院収容時間（平均）', '分', '40分', '1時間5分'],
    ];
    const ind = checkWorkbook({ sheets: [snap('消防', rows as never)] }, {}).report.indicators[0];
    expect(ind.actual).toBe(65);
  });
});
