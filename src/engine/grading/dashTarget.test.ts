/** The evaluated period's target cell written 「-」: no target for that period, never a later period's in its place. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const sheet = (ownTarget: string | number) =>
  snap(
    'KPI',
    [
      ['KPIの達成状況（平成30年度評価）', null, null, null, null],
      [null, null, null, null, null],
      ['KPI', '区分', 'H29年度', 'H30年度', 'R1年度'],
      ['参加学生数', '目標値', '-', ownTarget, '50 人'],
      [null, '実績値', '12 人', '45 人', null],
    ],
    { merges: ['A4:A5'] },
  );

test('a 「-」 target for the evaluated period gives no grade and a missing-target finding on that cell', () => {
  const { report } = checkWorkbook({ sheets: [sheet('-')] }, {});
  const ind = report.indicators.find((i) => i.name === '参加学生数')!;
  expect([ind.actual, ind.target, ind.grade]).toEqual([45, null, null]);
  const missing = report.findings.filter((f) => f.code === 'missing-target' && f.indicator === '参加学生数');
  expect(missing.map((f) => [f.cell, f.message.includes('「-」')])).toEqual([['D4', true]]);
});

test('a written target for the evaluated period is still used', () => {
  const { report } = checkWorkbook({ sheets: [sheet('40 人')] }, {});
  const ind = report.indicators.find((i) => i.name === '参加学生数')!;
  expect([ind.actual, ind.target, ind.grade]).toEqual([45, 40, 'A']);
});
