import { finding } from '../../engine/model/findings';
import { messages } from '.';

const undetermined = finding('period-undetermined', { sheet: null, cell: null, indicator: null }, {});
const mismatch = finding(
  'rating-mismatch',
  { sheet: '施策1', cell: 'E2', indicator: '相談件数' },
  { variant: 'indicator', written: 'A', computed: 'B', attainment: 0.93, notImplemented: false },
);

test('the pane shows findings in its language, telling where to set the period in Excel (no command-line flag)', () => {
  expect(messages('en').finding(mismatch)).toBe('The grade written is "A" but the computed grade is "B" (attainment 93.0%). Check the reason for the grade.');
  expect(messages('ja').finding(mismatch)).toBe(mismatch.message);
  expect(messages('ja').finding(undetermined)).toContain('評価設定シートで期間を指定してください');
  expect(messages('en').finding(undetermined)).toContain('in the 評価設定 sheet');
  for (const locale of ['ja', 'en'] as const) expect(messages(locale).finding(undetermined)).not.toMatch(/--[a-z]/);
});
