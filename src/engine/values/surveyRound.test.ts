/** A survey round named by its year (「令和５年度調査」) heads that year's actual; a year in brackets after a figure does not. */
import { classifyLabel } from './labels';
import { surveyRound } from './surveyRound';

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
