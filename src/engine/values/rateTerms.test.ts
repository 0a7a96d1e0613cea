import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { namesRateTerm } from './rateTerms';

test.each([
  ['分子', true],
  ['分母\n（対象者数等）', true],
  ['対象者数\n（分母）', true],
  ['受診者数（分子）', true],
  ['実績値', false],
  ['分子÷分母', false],
  ['受診率（分子÷分母）', false],
  ['分母となる人口の推計', false],
])('%s names a rate term: %s', (heading, expected) => {
  expect(namesRateTerm(heading)).toBe(expected);
});

test('実績（R5） over 分母 | 分子 | 実績値: the rate is the actual, no choice among the three', () => {
  const sheet = snap(
    '成果指標',
    [
      ['令和５年度 成果指標'],
      ['No.', '指標名', '単位', '目標値（R5）', '実績（R5）', null, null],
      [null, null, null, null, '分母（対象者数等）', '分子（受診者数等）', '実績値'],
      [1, '特定健康診査受診率', '％', 45, 15820, 6043, 38.2],
    ],
    { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2'] },
  );
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['特定健康診査受診率', 45, 38.2]]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
