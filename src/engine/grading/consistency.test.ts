/** The grade written in the sheet (writtenGrade): 「－」 beside an indicator nothing could grade is no invalid grade. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const sheet = (actual: string | number, grade: string) => [
  ['KPIの達成状況（令和5年度）', null, null, null, null],
  ['指標名', '単位', '目標値', '実績値', '評価'],
  ['移住者数', '人', 100, 120, 'A'],
  ['合計特殊出生率', '－', 1.5, actual, grade],
];
const invalid = (actual: string | number, grade: string) =>
  checkWorkbook({ sheets: [snap('KPI', sheet(actual, grade) as never)] }, {})
    .report.findings.filter((f) => f.code === 'rating-invalid')
    .map((f) => f.cell);

test.each(['－', '―', '-'])('%j in the grade cell of an indicator whose actual is 「－」 is no invalid grade', (dash) => {
  expect(invalid('－', dash)).toEqual([]);
});

test('「－」 where the figures give a grade is still no grade of the scale', () => {
  expect(invalid(1.45, '－')).toEqual(['E4']);
});

test('a word that is no grade beside an ungraded indicator is still said', () => {
  expect(invalid('－', '良好')).toEqual(['E4']);
});
