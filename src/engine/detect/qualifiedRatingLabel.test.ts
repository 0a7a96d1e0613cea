import { checkWorkbook } from '../actions/check';
import { classifyMeta } from '../values/labels';
import { snap } from './testing';

test('a rating label naming who rated it (…による) or the scale it is graded on (（Ａ～Ｄ）) is still the rating label', () => {
  for (const t of [
    '達成度評価（Ａ～Ｄ）',
    '担当課による達成度評価',
    '所管課による施策の達成状況評価（A~D）',
    '施策の達成度評価（４段階）',
    '施策の達成度（区の自己評価）',
  ])
    expect(classifyMeta(t)).toBe('groupGrade');
  // The scale hint is no note of other labels; words before a rating that are no rater's leave it no label.
  expect(classifyMeta('担当課（Ａ～Ｄ）')).toBeNull();
  expect(classifyMeta('前年度の達成度評価')).toBeNull();
  expect(classifyMeta('担当課（区の自己評価）')).toBeNull();
});

test('the rating cell beside a qualified rating label under a 「■施策の評価」 heading rates the policy; the label is no indicator', () => {
  const rows = [
    ['施策評価シート（令和５年度実績）'],
    [],
    ['施策', '3-1 地域福祉の推進'],
    [],
    ['■成果指標'],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['相談件数', '件', 100, 120],
    ['参加者数', '人', 50, 55],
    [],
    ['■施策の評価'],
    ['担当課による達成度評価（Ａ～Ｄ）', null, null, '（前年度：B）'],
    [],
    ['■委員会意見'],
    ['概ね妥当である。'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策3-1', rows, { merges: ['A11:B11'] })] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['相談件数', '参加者数']);
  // Both indicators attained: the policy rolls up to A; last year's （前年度：B） beside the cell is not this year's rating.
  expect(report.groups.map((g) => [g.cell, g.grade, g.previousGrade])).toEqual([['C11', 'A', 'B']]);
});
