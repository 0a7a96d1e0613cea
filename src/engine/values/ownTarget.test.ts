/** A target heading naming the city as its body is a target's; another body's is none. */
import { classifyLabel } from './labels';

test.each(['市の目標値（令和5年度）', '本市の目標', '町の数値目標', '市目標値', '当市の目標値'])('「%s」 is a target heading', (text) => {
  expect(classifyLabel(text)?.role).toBe('target');
});

test('the period in the heading dates the target', () => {
  expect(classifyLabel('市の目標値（令和5年度）')?.period?.fiscalYear).toBe(2023);
});

test.each(['国の目標値（参考）', '県の目標値', '全国の目標', '都市の目標値', '市の目標達成率'])('「%s」 is no target heading', (text) => {
  expect(classifyLabel(text)?.role).not.toBe('target');
});
