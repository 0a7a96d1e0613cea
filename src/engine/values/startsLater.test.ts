/** A cell saying the measure starts in a named year (「R6から実施」) holds no figure to grade: not applicable, never an unreadable number. */
import { parseValue } from './values';

test('「R6から実施」「令和7年度より開始予定」「Ｒ６年度から導入」 are not applicable', () => {
  for (const t of ['R6から実施', '令和7年度より開始予定', 'Ｒ６年度から導入', '令和元年度以降実施'])
    expect([t, parseValue(t).status, parseValue(t).value]).toEqual([t, 'not-applicable', undefined]);
});

test('a figure with a year note is still a figure; a start note with other words is not taken as one', () => {
  expect(parseValue('120（R6から実施）').status).not.toBe('not-applicable');
  expect(parseValue('R6から実施した講座数 12').status).not.toBe('not-applicable');
});
