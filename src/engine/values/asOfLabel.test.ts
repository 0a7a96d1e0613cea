import { datesEvaluatedFigures } from './asOfLabel';

test.each([
  ['', true],
  ['評価', true],
  ['集計', true],
  ['データ', true],
  ['実績値', true],
  ['基準値', false],
  ['計画策定', false],
  ['現状値', false],
  ['当初', false],
  ['作成', false],
])('the words 「%s」 before 時点 / 基準日 date the evaluated figures: %s', (prefix, expected) => {
  expect(datesEvaluatedFigures(prefix)).toBe(expected);
});
