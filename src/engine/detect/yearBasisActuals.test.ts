import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { subHeadingBases, targetBasis, yearBasis } from './yearBasisActuals';

const head = (target: string) => [
  ['令和６年度　整備進捗'],
  ['No.', '整備項目', '単位', target, '実績', null, null],
  [null, null, null, null, 'R5末累計', 'R6単年度', 'R6末累計'],
];
const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2'];
const check = (target: string) =>
  checkWorkbook({ sheets: [snap('進捗', [...head(target), [1, '整備延長', 'km', 28, 19.7, 6.2, 25.9]], { merges })] }, {}).report;

describe('actual columns sub-headed by a year and its basis (R5末累計 | R6単年度 | R6末累計)', () => {
  test('a target counted from an earlier year (累計) is set against the year-end total', () => {
    const report = check('R6目標\n（R4からの累計）');
    expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[28, 25.9, 'B']]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  test('a 単年度 target is set against the year own figure', () => {
    const report = check('R6目標（単年度）');
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[28, 6.2]]);
  });

  test('a target naming no basis chooses nothing in silence: a guess names the columns', () => {
    const report = check('R6目標');
    expect(report.findings.filter((f) => f.code === 'reading-uncertain').length).toBeGreaterThan(0);
  });

  test('sub-headings: a year then its basis alone', () => {
    expect(yearBasis('R5末累計')?.basis).toBe('total');
    expect(yearBasis('R6単年度')?.basis).toBe('single');
    expect(yearBasis('令和6年度末累計')?.period.fiscalYear).toBe(2024);
    expect(yearBasis('R6実績')).toBeNull();
    expect(yearBasis('累計（R4～R6）')).toBeNull();
    expect(targetBasis('目標（年間累計）')).toBe('total');
    expect(targetBasis('R6目標')).toBeNull();
  });
});

test('review rv81: a year’s own target (令和6年度目標, R6年度目標) names no basis; a bare 年度目標 or 単年度目標 is the year’s', () => {
  expect(targetBasis('令和6年度目標')).toBeNull();
  expect(targetBasis('R6年度目標')).toBeNull();
  expect(targetBasis('令和元年度目標')).toBeNull();
  expect(targetBasis('年度目標')).toBe('single');
  expect(targetBasis('R6単年度目標')).toBe('single');
});

test('review rv81 item 2: a year’s plain 実績 beside that year’s 累計 is its single-year figure; the 累計 target reads the 累計', () => {
  const subs = ['R5年度末累計', 'R6年度実績', 'R6年度末累計'];
  const rows = [head('R6目標\n（R4からの累計）')[0], head('R6目標\n（R4からの累計）')[1], [null, null, null, null, ...subs]];
  const report = checkWorkbook({ sheets: [snap('進捗', [...rows, [1, '整備延長', 'km', 28, 19.7, 6.2, 25.9]], { merges })] }, {}).report;
  expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[28, 25.9, 'B']]);
});

test('review rv81 item 2 guard: a year’s 実績 with no 累計 of that year beside it names no basis', () => {
  const basis = (subs: string[]) => subHeadingBases(subs).map((b) => b?.basis ?? null);
  expect(basis(['R5年度末累計', 'R6年度実績', 'R6年度末累計'])).toEqual(['total', 'single', 'total']);
  expect(basis(['R5末累計', 'R6実績', 'R5単年度'])).toEqual(['total', null, 'single']);
  expect(basis(['R6実績', 'R6年度末累計の見込み'])).toEqual([null, null]);
});

test('review rv82b item 6: under 指標, or with 「R6年度実績（単年度）」, the 累計 target still reads the R6 累計, never R5’s', () => {
  const read = (names: string, subs: string[]) => {
    const rows = [['令和６年度　整備進捗'], ['No.', names, '単位', 'R6目標\n（R4からの累計）', '実績', null, null], [null, null, null, null, ...subs]];
    const sheet = snap('進捗', [...rows, [1, '整備延長', 'km', 28, 19.7, 6.2, 25.9]], { merges });
    return checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.target, i.actual, i.grade]);
  };
  expect(read('指標', ['R5末累計', 'R6単年度', 'R6末累計'])).toEqual([[28, 25.9, 'B']]);
  expect(read('指標', ['R5年度末累計', 'R6年度実績', 'R6年度末累計'])).toEqual([[28, 25.9, 'B']]);
  expect(read('整備項目', ['R5年度末累計', 'R6年度実績（単年度）', 'R6年度末累計'])).toEqual([[28, 25.9, 'B']]);
  expect(subHeadingBases(['R6年度実績（単年度）']).map((b) => b?.basis)).toEqual(['single']);
});
