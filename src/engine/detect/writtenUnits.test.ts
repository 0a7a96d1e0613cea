/** The indicator's unit is reported as the workbook writes it (箇所 stays 箇所) and still compared as one unit with か所. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

test('a 単位 cell 箇所 in a label / value form is reported as 箇所, and an actual written 43か所 is graded against it', () => {
  const s = snap('事業', [
    ['指標名', 'サロン設置数'],
    ['単位', '箇所'],
    ['目標値', 40],
    ['実績値', '43か所'],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.actual, i.grade])).toEqual([['サロン設置数', '箇所', 43, 'A']]);
  expect(report.findings.filter((f) => f.code === 'unit-mismatch')).toEqual([]);
});

test('a 単位 column in a table keeps ヶ所 as written', () => {
  const s = snap('KPI', [
    ['指標名', '単位', '目標値', '実績値'],
    ['地域サロン数', 'ヶ所', 60, 61],
    ['相談件数', '件', 100, 90],
  ]);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit])).toEqual([
    ['地域サロン数', 'ヶ所'],
    ['相談件数', '件'],
  ]);
});
