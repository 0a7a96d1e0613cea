import { numberText } from './numberText';

test('a number written as text with a thousands separator or a decimal point is that number', () => {
  expect(['8,851', '１８，３５０', '12.5', ' 2,850 ', '1,234.5', '-1,234'].map(numberText)).toEqual([8851, 18350, 12.5, 2850, 1234.5, -1234]);
});

test('a bare number, a year, a code, a date, a phone number or a figure with words is no number text', () => {
  const none = ['10', '2023', '1-2', 'R5.3', '2024.3', '令和5.3', '03-1234-5678', '1,2', '2,850人', '約1,200', 'No.1,234', '2,850（R4）', '東部'];
  expect(none.map(numberText)).toEqual(none.map(() => null));
});
