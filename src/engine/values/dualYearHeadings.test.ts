/**
 * A measure heading with its year written twice (「目標値 2025(R7)」「実績 R5(2023)」): the second writing is the same year,
 * no word of the heading, so the heading is that measure of that year. Two different years are no such heading.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { classifyLabel } from './labels';
import { sameYearWrittenAgain } from './periods';

test.each([
  ['目標値 2025(R7)', 'target', 2025],
  ['目標値（2025(R7)）', 'target', 2025],
  ['実績 R5(2023)', 'actual', 2023],
  ['目標値2025年度（令和7年度）', 'target', 2025],
])('%s is a %s of fiscal %d', (text, role, year) => {
  const label = classifyLabel(text);
  expect([label?.role, label?.period?.fiscalYear]).toEqual([role, year]);
});

test('two different years are not the same year written again', () => {
  expect(sameYearWrittenAgain('目標値2030()', { label: 'R7', fiscalYear: 2025, kind: 'fiscal', year: 2025 })).toBeNull();
  expect(classifyLabel('目標値 2030(R7)')).toBeNull();
});

test('a block whose only target is the plan end’s 目標値 2025(R7) column is graded on it, as a final target', () => {
  const rows = [
    ['基本施策評価シート（評価年度　令和5年度）'],
    [],
    ['成果指標 1-(1)-1', '公民館講座の受講者数'],
    [null, '基準値 2020(R2)', '2021(R3)', '2022(R4)', '2023(R5)', '2024(R6)', '目標値 2025(R7)'],
    ['実績', '8,420人', '6,105人', '7,388人', '8,902人', null, '9,000人'],
  ];
  const report = checkWorkbook({ sheets: [snap('施策3-1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.target, i.targetSource, i.grade])).toEqual([
    ['公民館講座の受講者数', 9000, 8902, 'G5', 'final', 'B'],
  ]);
});
