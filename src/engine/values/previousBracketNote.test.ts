import { isPreviousBracketNote, withoutPreviousBracketNote } from './previousBracketNote';

test.each([
  ['施策の達成状況\n（　）は前年度', '施策の達成状況'],
  ['達成状況評価\n※（ ）内は前年度の評価', '達成状況評価'],
  ['評価\n()は前回', '評価'],
  // A bracket on the label's line names last year's own label: kept.
  ['施策の評価（前年度）', '施策の評価（前年度）'],
  // A line naming another measure is no note of last year's grade.
  ['施策の達成状況\n（　）は目標値', '施策の達成状況\n（　）は目標値'],
  // A note alone is no label to clean.
  ['（　）は前年度', '（　）は前年度'],
])('%j → %j', (raw, expected) => expect(withoutPreviousBracketNote(raw)).toBe(expected));

test('a line of a bracket holding a grade is no note', () => {
  expect(isPreviousBracketNote('（B）は前年度')).toBe(false);
  expect(isPreviousBracketNote('（　）は前年度')).toBe(true);
});
