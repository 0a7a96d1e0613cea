/** A number after 第 is an ordinal, never the cell's figure when another figure stands beside it. */
import { withoutOrdinals } from './ordinalNumbers';
import { parseValue } from './values';

test('the ordinal is set aside: the figure beside it is the figure of the cell, with its counter', () => {
  expect(parseValue('第2層協議体　8圏域で設置')).toMatchObject({ status: 'value', value: 8, unit: '圏域', label: '第２層協議体' });
  expect(parseValue('第1号被保険者　12,345人')).toMatchObject({ status: 'value', value: 12345, unit: '人' });
});

test('an ordinal alone is kept: the only number of the cell', () => {
  expect(withoutOrdinals('全国第5位')).toBe('全国第5位');
  expect(parseValue('全国第5位')).toMatchObject({ status: 'value', value: 5 });
});

test('a number not after 第 is read as before', () => {
  expect(withoutOrdinals('8圏域で設置')).toBe('8圏域で設置');
  expect(parseValue('2層 8圏域')).toMatchObject({ status: 'value', ambiguous: true });
});

test('a quarter is no ordinal: its parts stay as they were read', () => {
  expect(withoutOrdinals('第1四半期 30件／第2四半期 35件')).toBe('第1四半期 30件／第2四半期 35件');
});

test('an edition’s ordinal alone names a plan: the cell is words, no figure', () => {
  expect(parseValue('第6次実施計画（令和8〜10年度）')).toMatchObject({ status: 'text' });
  expect(parseValue('第２期総合戦略')).toMatchObject({ status: 'text' });
  expect(parseValue('第3期計画 目標 120件')).toMatchObject({ status: 'value', value: 120 });
});
