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

test('this round dated by its month (R6年1月, 実施 after it) is of the fiscal year that month falls in: review rv81 item 4', () => {
  for (const t of ['今回調査\n（R6年1月実施）', '今回調査\n（R6年1月）', '今回調査（令和6年1月実施）'])
    expect([t, classifyLabel(t)]).toEqual([t, { role: 'actual', period: expect.objectContaining({ fiscalYear: 2023, month: 1 }) }]);
  expect(classifyLabel('前回調査\n（R4年1月実施）')).toBeNull();
});
