import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Cell = string | number | null;

/** A stacked policy block whose years run as `years` says, figures placed under each year's own column. */
function block(name: string, years: string[], figures: Record<string, [Cell, Cell]>): Cell[][] {
  return [
    ['指標1', name, null, null, null, null, '単位', '件'],
    ['年度', ...years],
    ['目標値', ...years.map((y) => figures[y]?.[0] ?? null)],
    ['実績値', ...years.map((y) => figures[y]?.[1] ?? null)],
    [],
  ];
}

const FIGURES: Record<string, [Cell, Cell]> = { 'R7（目標）': [150, null], R6: [140, null], R5: [130, 118], R4: [120, 115], R3: [110, 102] };

const read = (years: string[]) =>
  checkWorkbook({ sheets: [snap('施策1-1', [['評価対象年度：令和5年度'], [], ...block('相談件数', years, FIGURES)])] }, {}).report;

test('year columns newest first (R7（目標） | R6 | R5 | …) are read by the year each heading names, as they are oldest first', () => {
  const oldest = read(['R3', 'R4', 'R5', 'R6', 'R7（目標）']);
  const newest = read(['R7（目標）', 'R6', 'R5', 'R4', 'R3']);
  const facts = (r: typeof oldest) => r.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);
  expect(facts(newest)).toEqual([['相談件数', '件', 130, 118, 'B']]);
  expect(facts(newest)).toEqual(facts(oldest));
  expect(newest.indicators[0].cells).toMatchObject({ target: 'D5', actual: 'D6', period: 'D4', unit: 'H3' });
  expect(newest.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a newest-first run that skips years (R7 | R5 | R3, a survey every other year) reads the evaluation year’s own column', () => {
  const skipping = read(['R7（目標）', 'R5', 'R3']);
  expect(skipping.indicators.map((i) => [i.target, i.actual])).toEqual([[130, 118]]);
  expect(skipping.indicators[0].cells).toMatchObject({ actual: 'C6' });
});
