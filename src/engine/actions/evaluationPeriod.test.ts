import { checkWorkbook } from './check';
import { snap } from '../detect/testing';

const cover = snap('表紙', [[null], [null, null, '令和５年度　行政評価調書'], [null, null, '市民生活部']]);
const undated = snap('成果指標', [
  ['成果指標の状況'],
  ['指標名', '単位', '目標値', '実績値'],
  ['町内会加入率', '%', 78, 74.6],
  ['市民活動団体登録数', '団体', 150, 162],
]);

test('no year on the sheet of indicators: the workbook title on its cover gives the period (stated, not a guess)', () => {
  const { report } = checkWorkbook({ sheets: [cover, undated] });
  expect(report.period).toEqual({ label: expect.stringContaining('5'), fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.name, i.grade])).toEqual([
    ['町内会加入率', 'B'],
    ['市民活動団体登録数', 'A'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('without the cover the period stays unknown', () => {
  expect(checkWorkbook({ sheets: [undated] }).report.period).toBeNull();
});

test('the latest actual of a period table still comes before a cover title of another year', () => {
  const dated = snap('推移', [
    ['指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
    ['相談件数', 10, 9, 12, 13],
  ]);
  expect(checkWorkbook({ sheets: [cover, dated] }).report.period?.fiscalYear).toBe(2024);
});

test('a period stated on the cover (評価対象年度) comes before the latest actual of the sheets', () => {
  const statedCover = snap('表紙', [['行政評価調書'], ['評価対象年度：令和５年度']]);
  const dated = snap('推移', [
    ['指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
    ['相談件数', 10, 9, 12, 13],
  ]);
  const { report } = checkWorkbook({ sheets: [statedCover, dated] });
  expect([report.period?.fiscalYear, report.period?.source]).toEqual([2023, 'sheet']);
  expect(report.indicators.map((i) => [i.name, i.actual])).toEqual([['相談件数', 9]]);
});
