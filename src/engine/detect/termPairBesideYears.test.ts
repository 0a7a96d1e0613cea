/**
 * A 計画期間累計 pair (目標 | 実績 under one merged heading) beside each year's own 目標 | 実績 is the term's progress: the year
 * is graded on its own pair, the years never added up; beside yearly actuals alone, or with a note grading on the 累計, the pair
 * is left to the rules before (its target stays a cumulative target).
 */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { readHeader } from './header';
import { snap } from './testing';

type Line = (string | number | null)[];

const TITLE: Line = ['令和５年度　子育て支援事業　評価表（評価対象：令和５年度）'];
const YEAR_PAIRS: Line[] = [
  TITLE,
  ['指標', '単位', '令和４年度', null, '令和５年度', null, '令和６年度', null, '計画期間累計（R4～R6）', null],
  [null, null, '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績'],
  ['育児相談件数', '件', 1100, 1163, 1200, 1254, 1300, 602, 3600, 3019],
];
const YEAR_PAIR_MERGES = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:J2'];

/** The roles of the header's columns under row 2, by column. */
const roles = (lines: Line[], merges: string[]) => {
  const grid = new Grid(snap('評価表', lines, { merges }));
  return Object.fromEntries(readHeader(grid, new CellIndex(grid), 2)!.columns.map((c) => [c.col, c.role]));
};

test('each year’s pair beside the 計画期間累計 pair: the year’s own target and actual, no sum of the years, no finding', () => {
  const report = checkWorkbook({ sheets: [snap('評価表', YEAR_PAIRS, { merges: YEAR_PAIR_MERGES })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([['育児相談件数', 1200, 1254, 'E4', 'F4']]);
  expect(report.findings.map((f) => f.code)).toEqual([]);
  expect(roles(YEAR_PAIRS, YEAR_PAIR_MERGES)).toMatchObject({ 9: 'derived', 10: 'derived' });
});

test('yearly actuals alone beside the 累計 pair, or a note grading on the 累計, leave its target a target', () => {
  const actualsOnly: Line[] = [
    TITLE,
    ['指標', '単位', '令和４年度', '令和５年度', '令和６年度', '計画期間累計（R4～R6）', null],
    [null, null, '実績', '実績', '実績', '目標', '実績'],
    ['育児相談件数', '件', 1163, 1254, 602, 3600, 3019],
  ];
  expect(roles(actualsOnly, ['A2:A3', 'B2:B3', 'F2:G2'])).toMatchObject({ 6: 'target', 7: 'actual' });
  const noted = [...YEAR_PAIRS, [], ['※評価は、計画期間の累計（目標・実績）による達成率で行う。']];
  expect(roles(noted, YEAR_PAIR_MERGES)[9]).toBe('target');
});

const PLAN_PAIRS: Line[] = [
  TITLE,
  ['指標', '単位', '令和４年度', null, '令和５年度', null, '令和６年度', null, '累計（R4～R6）', null],
  [null, null, '計画', '実績', '計画', '実績', '計画', '実績', '目標', '実績'],
  ['育児相談件数', '件', 1100, 1163, 1200, 900, 1300, null, 3600, 2063],
];

test('each year’s 計画 | 実績 pair counts as its own target and actual: the year graded on its own pair (review rv71)', () => {
  const report = checkWorkbook({ sheets: [snap('評価表', PLAN_PAIRS, { merges: YEAR_PAIR_MERGES })] }, {}).report;
  expect(report.indicators.map((i) => [i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([[1200, 900, 'E4', 'F4']]);
  expect(roles(PLAN_PAIRS, YEAR_PAIR_MERGES)).toMatchObject({ 9: 'derived', 10: 'derived' });
});

test('the latest year with an actual but no target of its own keeps the 累計 target (review rv71)', () => {
  const lines: Line[] = [
    ['令和６年度　子育て支援事業　評価表（評価対象：令和６年度・計画最終年度）'],
    ['指標', '単位', '令和４年度', null, '令和５年度', null, '令和６年度', '計画期間累計（R4～R6）', null],
    [null, null, '目標', '実績', '目標', '実績', '実績', '目標', '実績'],
    ['育児相談件数', '件', 1100, 1163, 1200, 1254, 1350, 3600, 3767],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3', 'H2:I2'];
  expect(roles(lines, merges)[8]).toBe('target');
  const report = checkWorkbook({ sheets: [snap('評価表', lines, { merges })] }, {}).report;
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[3600, 3767]]);
});
