/** 「今回調査（R6）」: this survey round dated by its bracket is that year's actual; the last round, or a round with no year, none. */
import { classifyLabel } from './labels';
import { thisSurveyRound } from './surveyRoundRelative';

test('this round, the actual of its bracketed year', () => {
  expect(classifyLabel('今回調査\n（R6）')).toEqual({ role: 'actual', period: expect.objectContaining({ fiscalYear: 2024 }) });
  expect(thisSurveyRound('今回調査結果（令和6年度）')).toEqual({ role: 'actual', period: expect.objectContaining({ fiscalYear: 2024 }) });
});

test('the last round, a round with no year, a note beside the year or another survey is none', () => {
  for (const t of ['前回調査（R4）', '前々回調査（R2）', '今回調査', '今回調査（R6速報）', '今回調査（参考）', '国勢調査（R2）'])
    expect(thisSurveyRound(t)).toBeNull();
  expect(classifyLabel('前回調査\n（R4）')).toBeNull();
});
