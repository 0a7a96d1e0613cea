/**
 * A block whose 期待値 (or 目標値) line stands twice, once as the original (当初) and once revised (修正 / 変更後 / 見直し後):
 * both lines are the one indicator's, and the revised figure replaces the original one of its year; not a second, unnamed indicator.
 */
import { DEFAULT_RULES } from '../grading/rules';
import { detectSheet } from './index';
import { isRevisionPair } from './revisedTargets';
import { snap } from './testing';

const scale = DEFAULT_RULES.scale.map(({ grade, label }) => ({ grade, label }));

const block = (name: string, original: string, revised: string, revisedFigure: number | null) => [
  ['指標', name],
  ['単位', '件'],
  ['区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度'],
  ['実績値', 40, 52, 61],
  [original, 45, 50, 70, 75],
  [revised, null, null, revisedFigure],
  [],
];

const sheet = (rows: (string | number | null)[][]) => snap('施策3-1', [['施策評価シート'], [], ...rows]);

test.each([
  ['期待値（当初）', '期待値（修正）'],
  ['当初目標値', '変更後目標値'],
  ['目標値（当初）', '目標値（見直し後）'],
  ['期待値', '期待値（修正後）'],
  ['目標値\n※最終年度は計画目標', '変更後の目標値'],
  ['期待値\n※R7は目標値', '修正期待値\n（上方修正）'],
  ['当初期待値', '変更後の期待値'],
])('%s over %s: one indicator, the revised figure of the year counts', (original, revised) => {
  const inds = detectSheet(sheet([...block('相談件数', original, revised, 60), ...block('講座開催数', original, revised, null)]), scale).indicators;
  expect(inds.map((i) => i.name)).toEqual(['相談件数', '講座開催数']);
  type T = (typeof inds)[number]['targets'][number];
  const filledIn = (year: number) => (t: T) => t.period?.fiscalYear === year && t.parsed.status !== 'missing';
  const fy2023 = filledIn(2023);
  // Revised: 60 replaces 70 for 令和5年度; the other years keep their original figures.
  expect(inds[0].targets.filter(fy2023).map((t) => t.raw)).toEqual([60]);
  expect(inds[0].targets.filter(filledIn(2024)).map((t) => t.raw)).toEqual([75]);
  // Not revised (its revised line blank): the original figure stands.
  expect(inds[1].targets.filter(fy2023).map((t) => t.raw)).toEqual([70]);
});

test('two lines of one role that are no revision pair still start a new indicator', () => {
  expect(isRevisionPair('期待値（当初）', '期待値（修正）')).toBe(true);
  expect(isRevisionPair('変更後目標', '当初目標')).toBe(true);
  expect(isRevisionPair('目標値', '目標値')).toBe(false);
  expect(isRevisionPair('修正前目標', '当初目標')).toBe(false);
  expect(isRevisionPair('期待値', '期待値（修正後）')).toBe(true);
  expect(isRevisionPair('修正前目標', '目標値')).toBe(false);
  const twoNoNames = [
    ['区分', '令和3年度', '令和4年度', '令和5年度'],
    ['実績値', 40, 52, 61],
    ['目標値', 45, 50, 70],
    ['実績値', 4, 5, 6],
    ['目標値', 5, 5, 7],
  ];
  expect(detectSheet(sheet(twoNoNames), scale).indicators).toHaveLength(2);
});
