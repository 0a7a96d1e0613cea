/** A survey round named by its year (「令和５年度調査」) heads that year's actual; a year in brackets after a figure does not. */
import { classifyLabel } from './labels';
import { roundUnderMeasure, surveyRound } from './surveyRound';
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

test.each([
  ['令和５年度調査', 2023],
  ['R5調査結果', 2023],
  ['令和5年度\n調査', 2023],
  ['2023年調査', 2023],
  ['H30調査', 2018],
])('%j is the actual of %i, read by classifyLabel too', (text, year) => {
  expect(surveyRound(text)).toEqual({ role: 'actual', period: expect.objectContaining({ fiscalYear: year }) });
  expect(classifyLabel(text)).toEqual({ role: 'actual', period: expect.objectContaining({ fiscalYear: year }) });
});

test.each(['18.2\n（H30調査）', '（R5調査）', '調査', '調査年度', '令和2年国勢調査', '前回調査（令和元年度）', '令和5年度調査予定'])(
  '%j is no survey round',
  (text) => expect(surveyRound(text)).toBeNull(),
);

describe('a survey round under another measure’s heading (rv57)', () => {
  const heads = (...texts: string[]) => texts.map((text) => ({ text, label: classifyLabel(text) }));

  test('基準値 / 目標値 over a round: that measure in that round', () => {
    expect(roundUnderMeasure(heads('基準値', '令和元年度調査'), () => false)).toEqual({
      role: 'baseline',
      period: expect.objectContaining({ fiscalYear: 2019 }),
    });
    expect(roundUnderMeasure(heads('目標値', 'R9調査'), () => false)).toMatchObject({ role: 'target', period: { fiscalYear: 2027 } });
  });

  test('a measure heading over others beside the round (数値目標 over 基準値 | round | 目標値), or a measure above an actual heading: nothing to change', () => {
    expect(roundUnderMeasure(heads('目標値', '令和５年度調査'), () => true)).toBeNull();
    expect(roundUnderMeasure(heads('目標値', '実績値', '令和５年度調査'), () => false)).toBeNull();
  });

  test('数値目標 merged over 基準値（R1） | 令和５年度調査 | 目標値（R9）: the round is the actual (rv58)', () => {
    const sheet = snap(
      '指標',
      [
        ['指標', '単位', '数値目標', null, null],
        [null, null, '基準値（R1）', '令和５年度調査', '目標値（R9）'],
        ['地域活動に参加している市民の割合', '％', 32.1, 35.4, 40],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:E1'] },
    );
    const [ind] = checkWorkbook({ sheets: [sheet] }, {}).report.indicators;
    expect([ind.actual, ind.target, ind.cells.actual]).toEqual([35.4, 40, 'D3']);
  });

  test('実績値 over a round, a round alone, or a measure under no round: nothing to change', () => {
    expect(roundUnderMeasure(heads('実績値', '令和５年度調査'), () => false)).toBeNull();
    expect(roundUnderMeasure(heads('令和５年度調査'), () => false)).toBeNull();
    expect(roundUnderMeasure(heads('基準値', '令和元年度'), () => false)).toBeNull();
  });

  test('in a table, the round under 基準値 is the baseline; the 実績値 column stays the actual', () => {
    const sheet = snap('指標', [
      ['指標', '単位', '基準値', '実績値', '目標値'],
      [null, null, '令和元年度調査', '令和５年度調査', '令和９年度'],
      ['地域活動に参加している市民の割合', '％', 32.1, 35.4, 40],
    ]);
    const [ind] = checkWorkbook({ sheets: [sheet] }, {}).report.indicators;
    expect([ind.actual, ind.target, ind.cells.actual, ind.cells.baseline]).toEqual([35.4, 40, 'D3', 'C3']);
  });
});
