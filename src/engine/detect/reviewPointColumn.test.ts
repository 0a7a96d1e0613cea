/** A plan's review column dated by its heading (中間評価（R4）, 最終評価（R8）) holds the values measured at that review: the actuals. */
import { classifyLabel } from '../values/labels';
import { detectSheet } from './index';
import { snap } from './testing';

test.each(['中間評価（R4）', '中間評価(2022年度)', '最終評価（令和10年度）', '中間評価値', '中間評価時', '中間値'])('%s is an actual heading', (text) =>
  expect(classifyLabel(text)?.role).toBe('actual'),
);

test('中間評価 without a period is no actual heading (it may be the review’s grade)', () => {
  expect(classifyLabel('中間評価')?.role).not.toBe('actual');
});

test('a plan table 策定時 / 中間評価 / 最終目標 reads the 中間評価 column as the actuals of its year', () => {
  const sheet = snap('指標', [
    ['食育推進計画　中間評価'],
    [],
    ['指標', '策定時（R1）', '中間評価（R5）', '最終目標（R11）'],
    ['朝食を毎日食べる児童の割合', '88.0%', '90.5%', '100%'],
    ['週当たりの共食の回数', '9.2回', '9.8回', '11回以上'],
  ]);
  const read = detectSheet(sheet, []).indicators.map((i) => [i.name, i.actuals.map((a) => [a.raw, a.period?.year ?? null])]);
  expect(read).toEqual([
    ['朝食を毎日食べる児童の割合', [['90.5%', 2023]]],
    ['週当たりの共食の回数', [['9.8回', 2023]]],
  ]);
});

test('a 中間評価（R4） column of marks (A–D) is the review’s verdict: no actual is read from it', () => {
  const sheet = snap('指標', [
    ['計画の指標'],
    [],
    ['指標', '単位', '目標値', '実績値', '中間評価（R4）'],
    ['朝食を毎日食べる児童の割合', '%', 100, 90.5, 'B'],
    ['週当たりの共食の回数', '回', 11, 9.8, 'C'],
  ]);
  const read = detectSheet(sheet, []).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['朝食を毎日食べる児童の割合', ['D4']],
    ['週当たりの共食の回数', ['D5']],
  ]);
});
