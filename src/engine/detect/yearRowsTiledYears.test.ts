/** Years as rows: a measure column whose figures read as years (2000 | 2000 t) is no second block's years. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('a target of 2,000 t a year under its merged name is the block’s measure: every name over 目標 | 実績 is read', () => {
  const s = snap(
    '推移',
    [
      ['利用実績の推移'],
      ['年度', '利用者数（人）', null, '取扱量（トン）', null],
      [null, '目標', '実績', '目標', '実績'],
      ['令和２年度', 41000, 39800, 2000, 1950],
      ['令和３年度', 42000, 40100, 2000, 2040],
      ['令和４年度', 43000, 44200, 2100, 2080],
    ],
    { merges: ['A2:A3', 'B2:C2', 'D2:E2'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => [i.name, i.unit, i.actuals.map((a) => a.cell)])).toEqual([
    ['利用者数', '人', ['C4', 'C5', 'C6']],
    ['取扱量', 'トン', ['E4', 'E5', 'E6']],
  ]);
});

test('counter-example: years written again beside the first block (2021 | 2022) still start a block of their own', () => {
  const s = snap('推移', [
    ['年度', '相談件数', null, '年度', '登録者数', null],
    [null, '目標', '実績', null, '目標', '実績'],
    [2021, 120, 118, 2021, 300, 310],
    [2022, 130, 125, 2022, 320, 305],
  ]);
  const found = detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);
  expect(found).toEqual([
    ['相談件数', ['C3', 'C4']],
    ['登録者数', ['F3', 'F4']],
  ]);
});
