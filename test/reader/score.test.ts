/** The yardstick itself: how a report is scored against expected facts, and how periods are written. */
import type { Finding, IndicatorReport, Report } from '../../src/engine/model/report';
import { periodLabel } from './forms';
import { attainmentOf, gradeOf, rollUpGrade, type ExpectedWorkbook } from './model';
import { scoreReport, tally } from './score';

const indicator = (name: string, over: Partial<IndicatorReport> = {}): IndicatorReport =>
  ({
    sheet: 'S',
    name,
    unit: '件',
    target: 10,
    actual: 8,
    actualStatus: 'value',
    direction: 'up',
    grade: 'B',
    existingGrade: null,
    cells: { name: 'A2', target: 'C2', actual: 'D2', grade: null },
    ...over,
  }) as IndicatorReport;

const report = (indicators: IndicatorReport[], findings: Partial<Finding>[] = [], fiscalYear = 2023): Report =>
  ({ period: { label: 'R5', fiscalYear, source: 'sheet' }, indicators, findings, groups: [] }) as unknown as Report;

const expected: ExpectedWorkbook = {
  file: 'x.xlsx',
  fiscalYear: 2023,
  indicators: [
    { sheet: 'S', name: '相談件数', unit: '件', target: 10, actual: 8, direction: 'up', grade: 'B' },
    { sheet: 'S', name: '利用者数', unit: '人', target: 100, actual: 70, direction: 'up', grade: 'C' },
  ],
  groups: [],
};

test('right facts, a wrong fact (silent unless a reading-uncertain finding names the indicator or its cells), a missed indicator, a spurious one', () => {
  const got = report([
    indicator('相談件数'),
    indicator('累計', { cells: { name: 'A9', unit: null, baseline: null, target: null, actual: 'D9', period: null, grade: null, direction: null } }),
  ]);
  const t = tally(scoreReport(expected, got));
  expect(t).toEqual({ facts: 1 + 6 + 6, right: 7, wrong: 1, missed: 6, silent: 1 });

  const wrongActual = report([indicator('相談件数', { actual: 9, grade: 'B' }), indicator('利用者数', { unit: '人', target: 100, actual: 70, grade: 'C' })]);
  expect(tally(scoreReport(expected, wrongActual))).toMatchObject({ wrong: 1, silent: 1 });
  const flaggedByCell = report(wrongActual.indicators, [{ code: 'reading-uncertain', sheet: 'S', cell: 'D2', indicator: null, message: '' }]);
  expect(tally(scoreReport(expected, flaggedByCell))).toMatchObject({ wrong: 1, silent: 0 });
  const otherSheet = report(wrongActual.indicators, [{ code: 'reading-uncertain', sheet: 'T', cell: 'D2', indicator: null, message: '' }]);
  expect(tally(scoreReport(expected, otherSheet))).toMatchObject({ silent: 1 });
});

test('units compare after NFKC, names without spaces; a wrong fiscal year is a wrong fact', () => {
  const got = report([indicator('相談 件数', { unit: '%' }), indicator('利用者数', { unit: '人', target: 100, actual: 70, grade: 'C' })], [], 2024);
  const results = scoreReport({ ...expected, indicators: [{ ...expected.indicators[0], unit: '％' }, expected.indicators[1]] }, got);
  expect(results.filter((r) => r.verdict !== 'right').map((r) => r.fact)).toEqual(['fiscalYear']);
});

test('default grades and roll-up as facts.json states them', () => {
  expect([1, 0.8, 0.7999, 0.6, 0.5].map(gradeOf)).toEqual(['A', 'B', 'C', 'C', 'D']);
  expect(attainmentOf(10, 0, 'down')).toBe(Infinity);
  expect(attainmentOf(10, 20, 'down')).toBe(0.5);
  expect(rollUpGrade(['A', 'B', null, 'D'])).toBe('B');
  expect(rollUpGrade(['A', 'B'])).toBe('A');
});

test('period headings name the fiscal year the way offices write it', () => {
  expect(['R', 'R0', 'Rfw', 'reiwa', 'reiwaFw', 'ad', 'fy', 'endH', 'endAd', 'endHeisei'].map((s) => periodLabel(2023, s as never))).toEqual([
    'R5',
    'R05',
    'Ｒ５',
    '令和5年度',
    '令和５年度',
    '2023年度',
    'FY2023',
    'R6.3末',
    '2024年3月末',
    '令和6年3月末',
  ]);
  expect([periodLabel(2018, 'endH'), periodLabel(2016, 'endHeisei'), periodLabel(2019, 'reiwa')]).toEqual(['H31.3末', '平成29年3月末', '令和元年度']);
});
