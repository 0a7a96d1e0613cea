/**
 * A one-indicator block whose years are rows, with the unit only in its measure headings (目標値（人） | 実績値（人）)
 * and a 評価 column beside them: the headings' unit is the indicator's, and each year's row holds that year's grade,
 * the evaluation period picking its own (a guess naming the cells when none is).
 */
import { parsePeriodCell } from '../values/periods';
import { markPeriodGuesses } from './guesses';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(unitB = '目標値（件）', unitC = '実績値（件）') {
  return snap(
    '施策',
    [
      ['施策評価表'],
      [],
      ['指標', '相談受付件数', null, null, null],
      ['年度', unitB, unitC, '達成率', '評価'],
      ['2021年度', 100, 90, '90%', 'B'],
      ['2022年度', 110, 120, '109%', 'A'],
      ['2023年度', 120, 80, '67%', 'C'],
    ] as never,
    { merges: ['B3:E3'] },
  );
}

test('the unit written in the measure headings is the block indicator unit', () => {
  const [ind] = detectSheet(sheet(), scale).indicators;
  expect([ind.name, ind.unit, ind.unitCell]).toEqual(['相談受付件数', '件', 'B4']);
});

test('headings writing different units give no unit', () => {
  const [ind] = detectSheet(sheet('目標値（件）', '実績値（人）'), scale).indicators;
  expect(ind.unit ?? null).toBeNull();
});

test('the evaluation year picks its own row of the 評価 column', () => {
  const d = detectSheet(sheet(), scale);
  expect(d.indicators[0].gradeCells?.map((g) => g.cell)).toEqual(['E5', 'E6', 'E7']);
  markPeriodGuesses([d], parsePeriodCell('2022年度')!.period, false);
  expect(d.indicators[0].gradeCell?.cell).toBe('E6');
  expect(d.indicators[0].guesses ?? []).toEqual([]);
});

test('an evaluation year without a row of its own is a guess naming the grade cells', () => {
  const d = detectSheet(sheet(), scale);
  markPeriodGuesses([d], parsePeriodCell('2025年度')!.period, false);
  expect(d.indicators[0].guesses).toEqual(expect.arrayContaining([{ reason: 'column-chosen', cells: ['E5', 'E6', 'E7'] }]));
});
