/** A KPI block's 単位 written with its label in one cell beside the name: 「単位（件）」 as 「単位：件」. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

test.each(['単位（件）', '単位：件'])('a KPI block with %s beside the name reads the unit 件', (unitCell) => {
  const s = snap(
    '施策',
    [
      ['令和５年度　施策評価調書', null, null, null, null],
      ['KPI', '移住相談件数', unitCell, null, null],
      [null, null, '年度', null, null],
      [null, null, '令和4年度', '令和5年度', '令和6年度'],
      [null, '目標値', 200, 240, 280],
      [null, '結果', 215, 251, null],
    ],
    { merges: ['C3:E3'] },
  );
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([['移住相談件数', '件', 240, 251]]);
});
