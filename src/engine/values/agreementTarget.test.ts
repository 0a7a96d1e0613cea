/** A target heading naming the agreement with the body is a target's; the body's own target and the agreement's other figures are none. */
import { classifyLabel } from './labels';

test.each(['協定目標（基本協定書）', '協定上の目標', '協定書の目標値', '年度協定の数値目標', '基本協定の目標', '協定目標（令和5年度）'])(
  '「%s」 is a target heading',
  (text) => {
    expect(classifyLabel(text)?.role).toBe('target');
  },
);

test('the period in the heading dates the target', () => {
  expect(classifyLabel('協定目標（令和5年度）')?.period?.fiscalYear).toBe(2023);
});

test.each(['自主目標（事業計画書）', '協定目標に対する達成率', '協定額', '協定締結数', '連携協定の目標達成率', '自主目標'])(
  '「%s」 is no target heading',
  (text) => {
    expect(classifyLabel(text)?.role).not.toBe('target');
  },
);
