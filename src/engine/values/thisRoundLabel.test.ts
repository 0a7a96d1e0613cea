import { classifyLabel } from './labels';

describe('this round (今回) headings', () => {
  test.each([['今回'], ['今回結果'], ['今回調査結果'], ['今回の値'], ['今回実績値']])('%s is the actual', (text) => {
    expect(classifyLabel(text)?.role).toBe('actual');
  });

  test('a year written in the heading is its period', () => {
    expect(classifyLabel('今回結果\n（R5）')).toMatchObject({ role: 'actual', period: { fiscalYear: 2023 } });
  });

  test.each([['前回'], ['前回比'], ['今回の取組'], ['今回評価の方針']])('%s is not the actual', (text) => {
    expect(classifyLabel(text)?.role).not.toBe('actual');
  });
});
