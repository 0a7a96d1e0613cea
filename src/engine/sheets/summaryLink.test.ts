/** The summary sheet's link of an indicator whose actuals were joined from another sheet goes to that sheet's cell. */
import { snap } from '../detect/testing';
import { checkWorkbook } from '../actions/check';
import { summarySheetSpec } from './summary';

test('a joined actual links to its own sheet (実績値!C2), not to 目標値!実績値!C2', () => {
  const targets = snap('目標値', [
    ['ID', '指標名', '単位', 'R5'],
    ['K-01', '観光入込客数', '千人', 1330],
  ]);
  const actuals = snap('実績値', [
    ['ID', 'R4', 'R5'],
    ['K-01', 1039, 1221],
  ]);
  const { report, evaluated } = checkWorkbook({ sheets: [targets, actuals] }, { period: 'R5' });
  const spec = summarySheetSpec(report, evaluated, () => null, '評価サマリー');
  const links = spec.rows.flatMap((row) => row.filter((c) => c?.link));
  expect(links.map((c) => [c!.value, c!.link])).toEqual([['実績値!C2', { sheet: '実績値', cell: 'C2' }]]);
});
