/**
 * A baseline heading dated by its year (基準値（2019年度）) standing apart from the table's years by a 区分 column: a column
 * of the same table, no period axis of its own, so the KPI name heading left of it still names the 目標値 / 実績値 row pairs.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

function kpiPairs(baselineHeading: string) {
  return snap(
    'KPI',
    [
      ['評価対象年度：2023年度'],
      [],
      ['分野', '指標名', '単位', baselineHeading, '区分', '2022年度', '2023年度', '2024年度'],
      ['くらし', '相談件数', '件', 80, '目標値', 100, 110, 120],
      [null, null, null, null, '実績値', 95, 104],
      [null, '講座参加者数', '人', 300, '目標値', 350, 400, 450],
      [null, null, null, null, '実績値', 360, 380],
    ],
    { merges: ['A4:A7', 'B4:B5', 'C4:C5', 'D4:D5', 'B6:B7', 'C6:C7', 'D6:D7'] },
  );
}

test.each(['基準値（2019年度）', '現状値（R1）'])('the names beside the row pairs are read across a %s column', (heading) => {
  const { indicators } = detectSheet(kpiPairs(heading), scale);
  expect(indicators.map((i) => [i.name, i.nameCell, i.unit])).toEqual([
    ['相談件数', 'B4', '件'],
    ['講座参加者数', 'B6', '人'],
  ]);
  const report = checkWorkbook({ sheets: [kpiPairs(heading)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['相談件数', 110, 104],
    ['講座参加者数', 400, 380],
  ]);
});
