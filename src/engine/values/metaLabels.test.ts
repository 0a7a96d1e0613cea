import { classifyMeta, SCALE_HINT } from './metaLabels';

test('classifyMeta', () => {
  expect(classifyMeta('担当\n部等')).toBe('department');
  expect(classifyMeta('基本方針')).toBe('policy');
  expect(classifyMeta('基本施策')).toBe('measure');
  expect(classifyMeta('達成状況\n評　　　価')).toBe('groupGrade');
  // The policy's attainment rating qualified by it: 施策の達成状況評価, 基本施策の達成度評価; a bare 評価 is an indicator's.
  for (const t of ['施策の達成状況評価', '基本施策の達成度評価', '施策の達成度', '施策評価']) expect(classifyMeta(t)).toBe('groupGrade');
  expect(classifyMeta('評価')).toBeNull();
});

test('a rating label keeps its role with its scale or its rater in brackets after it; a long or other text is none', () => {
  expect(classifyMeta('達成度評価（Ａ～Ｄ）')).toBe('groupGrade');
  expect(classifyMeta('施策の達成度（区の自己評価）')).toBe('groupGrade');
  expect(SCALE_HINT.test('（４段階）'.normalize('NFKC'))).toBe(true);
  // Only a rating label may carry a bracket: 担当課（区の自己評価） is no department label.
  expect(classifyMeta('担当課（区の自己評価）')).toBeNull();
  expect(classifyMeta('市民の生活満足度を高めるための基本施策の達成度評価')).toBeNull();
  expect(classifyMeta('相談件数')).toBeNull();
});

test('a label with its English gloss (on the next line or after a space) is the Japanese label', () => {
  expect(classifyMeta('達成状況評価\nStatus')).toBe('groupGrade');
  expect(classifyMeta('担当課 Department')).toBe('department');
  expect(classifyMeta('Status')).toBeNull();
});
