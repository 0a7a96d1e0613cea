/** The measure headings of a 量の見込みと確保方策 table: the supply planned is the year's plan, the supply achieved the actual. */
import { classifyLabel, splitMeasure } from './labels';

test.each(['確保方策', '②確保方策', '確保の方策', '②確保の内容', '確保方策（令和5年度）'])('「%s」 is the year’s plan', (text) => {
  expect(classifyLabel(text)?.role).toBe('expected');
});

test.each(['確保実績', '④確保実績', '③確保の実績'])('「%s」 is the actual', (text) => {
  expect(classifyLabel(text)?.role).toBe('actual');
});

test.each(['①量の見込み', '量の見込み', '③利用実績', '利用実績', '確保', '④－②'])('「%s」 is neither target nor actual', (text) => {
  expect(['target', 'expected', 'actual']).not.toContain(classifyLabel(text)?.role);
});

test('a gloss keeps its plan a target-like figure; the period in the heading dates it', () => {
  expect(classifyLabel('②確保方策（目標）')?.role).toBe('target');
  expect(classifyLabel('②確保方策\n（計画値）')?.role).toBe('expected');
  expect(classifyLabel('確保方策（令和5年度）')?.period?.fiscalYear).toBe(2023);
});

test('a heading numbered by a list mark is a numbered measure, never an indicator’s name with its measure', () => {
  expect(splitMeasure('③利用実績')).toBeNull();
  expect(splitMeasure('(3) 利用実績')).toBeNull();
  expect(splitMeasure('相談件数 実績')).toEqual({ role: 'actual', rest: '相談件数' });
  // A list-marked heading that names an indicator is still an indicator's name and its measure.
  expect(splitMeasure('①相談件数 実績')?.role).toBe('actual');
  expect(splitMeasure('①相談件数 実績')?.rest).toContain('相談件数');
});
