/**
 * Year groups written once at the left of their measure sub-columns, with no merge (「令和4年度 | 　 | 　」 over
 * 「目標値 | 実績値 | 達成度」): each actual is the same year's, paired with the same year's target (header.ts spanningPeriod),
 * and a 達成度 of percentages under each year is the progress rate, no grade (progressColumns.ts).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const H1 = ['No.', '指標名', '単位', '令和4年度', null, null, '令和5年度', null, null];
const H2 = ['No.', '指標名', '単位', '目標値', '実績値', '達成度', '目標値', '実績値', '達成度'];
const BODY = [
  [1, '創業支援件数', '件', 10, 8, '80%', 12, 9, '75%'],
  [2, '企業誘致件数', '件', 3, 3, '100%', 3, 1, '33%'],
];

test.each([
  ['unmerged', []],
  ['merged', ['D3:F3', 'G3:I3', 'A3:A4', 'B3:B4', 'C3:C4']],
])('%s year groups: the R5 target with the R5 actual, 達成度 no grade', (_, merges) => {
  const rows = [['令和5年度 まちづくり指標の状況'], [], H1, H2, ...BODY];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.grade, i.existingGrade])).toEqual([
    ['創業支援件数', 12, 9, 'H5', 'C', null],
    ['企業誘致件数', 3, 1, 'H6', 'D', null],
  ]);
  expect(report.findings.filter((f) => f.code === 'rating-invalid')).toEqual([]);
});

test("a grade written among the rates under one year's 達成度 stays that year's written grade", () => {
  const body = [
    [1, '創業支援件数', '件', 10, 8, '80%', 12, 9, 'B'],
    [2, '企業誘致件数', '件', 3, 3, '100%', 3, 4, '133%'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', [['令和5年度 まちづくり指標の状況'], [], H1, H2, ...body])] }, {});
  expect(report.indicators.map((i) => [i.name, i.grade, i.existingGrade])).toEqual([
    ['創業支援件数', 'C', 'B'],
    ['企業誘致件数', 'A', null],
  ]);
});

test('a year written over a base-value column is no group: 基準値 | 令和5年度 over (H30) | 目標 | 実績 keeps the base undated by the year', () => {
  const rows = [
    ['令和5年度 成果指標'],
    ['指標名', '単位', '基準値', '令和5年度', null],
    ['指標名', '単位', '（H30）', '目標', '実績'],
    ['図書館の貸出冊数', '冊', 50000, 60000, 58000],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.baseline, i.target, i.actual])).toEqual([['図書館の貸出冊数', 50000, 60000, 58000]]);
});
