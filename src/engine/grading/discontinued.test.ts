import { parsePeriodArg } from '../values/periods';
import { statesDiscontinued } from './discontinued';

const R5 = parsePeriodArg('R5');

describe('a note that says the indicator was discontinued by the evaluation period', () => {
  test.each(['R4年度で指標廃止', '指標廃止', '廃止', '事業休止中', '令和4年度をもって廃止', '休止しました', '令和5年度から休止', 'R5より事業休止'])(
    '%j: not graded in R5',
    (note) => expect(statesDiscontinued(note, R5)).toBe(true),
  );
  test.each([
    ['令和5年度をもって廃止', 'the period was its last year'],
    ['R6年度で廃止', 'ends after the period'],
    ['令和6年度から休止', 'stops after the period'],
    ['廃止予定', 'a plan'],
    ['指標の廃止を検討', 'a plan'],
    ['休止中の2施設を除く', 'something else stopped'],
    ['新規指標', 'no such word'],
  ])('%j: graded (%s)', (note) => expect(statesDiscontinued(note, R5)).toBe(false));
  test('without a period, a dated note still says so', () => expect(statesDiscontinued('R4年度で指標廃止', null)).toBe(true));
});
