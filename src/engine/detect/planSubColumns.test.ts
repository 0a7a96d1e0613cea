/**
 * A year heading merged over 計画 | 実績 sub-columns (令和５年度 over 計画 | 実績) in a project table: 計画 is that
 * year's plan, the target the actual is measured against, never a second candidate for the actual. A next year's
 * 計画 (令和６年度 over 計画) is not this year's target.
 */
import { checkWorkbook } from '../actions/check';
import { classifyLabel } from '../values/labels';
import { snap } from './testing';

test('計画 alone is a plan heading', () => {
  expect(classifyLabel('計画')?.role).toBe('expected');
});

function sheet() {
  return snap(
    '事業一覧',
    [
      ['事業評価一覧（令和５年度）'],
      [],
      ['事業名', '指標', '単位', '令和５年度', null, '令和６年度'],
      [null, null, null, '計画', '実績', '計画'],
      ['健康教室事業', '参加者数', '人', 300, 280, 320],
      ['河川清掃事業', '清掃回数', '回', 12, 12, 12],
    ] as never,
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'] },
  );
}

test('the year’s 計画 sub-column is the target, its 実績 the actual, with no guess between them', () => {
  const { report } = checkWorkbook({ sheets: [sheet()] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
    ['参加者数', '人', 300, 280, 'D5', 'E5'],
    ['清掃回数', '回', 12, 12, 'D6', 'E6'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
