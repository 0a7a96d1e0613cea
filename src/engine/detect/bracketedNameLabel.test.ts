/** A form's name label captioned in brackets (【指標1】 | name over 単位 / 目標値（2024年度） / 実績値（2024年度） / 評価 lines). */
import { bracketedNameLabel } from './bracketedNameLabel';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('a name label in brackets is a name label; a bracketed measure caption or other words are not', () => {
  expect(bracketedNameLabel('【指標1】')).toEqual({ role: 'name', id: '1' });
  expect(bracketedNameLabel('［成果指標２］')?.role).toBe('name');
  expect(bracketedNameLabel('【目標値】')).toBeNull();
  expect(bracketedNameLabel('【参考】')).toBeNull();
  expect(bracketedNameLabel('指標1')).toBeNull();
});

test('stacked blocks captioned 【指標n】 are read as label forms, one indicator each', () => {
  const s = snap('評価', [
    ['プラン　2024年度 評価シート'],
    [],
    ['【指標1】', '日本語教室の受講者数'],
    ['単位', '人'],
    ['目標値（2024年度）', 180],
    ['実績値（2024年度）', 203],
    ['評価', 'A'],
    [],
    ['【指標2】', '相談件数'],
    ['単位', '件'],
    ['目標値（2024年度）', 600],
    ['実績値（2024年度）', 588],
    ['評価', 'B'],
  ] as never);
  const read = detectSheet(s, scale).indicators.map((i) => [i.name, i.unit, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell), i.gradeCell?.cell]);
  expect(read).toEqual([
    ['日本語教室の受講者数', '人', ['B5'], ['B6'], 'B7'],
    ['相談件数', '件', ['B11'], ['B12'], 'B13'],
  ]);
});
