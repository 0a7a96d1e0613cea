import { datesEvaluatedFigures } from './asOfLabel';

test.each([
  ['', true],
  ['評価', true],
  ['集計', true],
  ['データ', true],
  ['実績値', true],
  // A 総合戦略's KPI 検証時点 and a 進捗の時点 date the figures checked.
  ['検証', true],
  ['KPI検証', true],
  ['進捗', true],
  // Another check's date (review rv45): the previous or next one, the start of the tracking.
  ['前回検証', false],
  ['次回検証', false],
  ['進捗管理開始', false],
  ['第1回検証', false],
  ['基準値', false],
  ['計画策定', false],
  ['現状値', false],
  ['当初', false],
  ['作成', false],
])('the words 「%s」 before 時点 / 基準日 date the evaluated figures: %s', (prefix, expected) => {
  expect(datesEvaluatedFigures(prefix)).toBe(expected);
});
