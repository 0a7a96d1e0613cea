/** A target heading naming the city's own plan is a target's; another body's or an earlier plan's is none. */
import { classifyLabel } from './labels';

test.each(['経営戦略の目標値（R5）', '総合計画の目標値', 'まちづくりビジョンの数値目標', '後期基本計画の目標値（令和7年度）', '計画目標'])(
  '「%s」 is a target heading',
  (text) => {
    expect(classifyLabel(text)?.role).toBe('target');
  },
);

test('the period in the heading dates the target', () => {
  expect(classifyLabel('経営戦略の目標値（R5）')?.period?.fiscalYear).toBe(2023);
});

test.each(['国の目標値', '県計画の目標値', '前期計画の目標値', '旧計画の目標値', '計画の進捗', '経営戦略'])('「%s」 is no target heading', (text) => {
  expect(classifyLabel(text)?.role).not.toBe('target');
});

test('an earlier plan’s target dated with its year is that year’s target', () => {
  expect(classifyLabel('前計画の目標値（令和7年度）')).toMatchObject({ role: 'target', period: { fiscalYear: 2025 } });
  expect(classifyLabel('旧計画の目標値')?.role).not.toBe('target');
});
