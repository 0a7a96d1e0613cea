/**
 * A footnote opening with its own mark (「※1　No.3及びNo.5は、数値の減少を目指す指標」) names the numbers after its lead word;
 * the mark 「※1」 run into 「No.3」 (white space removed) is never taken for a run of numbers.
 */
import { checkWorkbook } from '../actions/check';
import { numberRuns, remarkText } from './remarkNumbers';
import { snap } from './testing';

type Rows = (string | number | null)[][];

const table = (footnote: string): Rows => [
  ['No.', '指標', '単位', '基準値', '目標値', '実績値', '備考'],
  [1, '市民相談の受付件数', '件', 500, 600, 650, ''],
  [2, '図書館の来館者数', '人', 9000, 10000, 9600, ''],
  [3, '支援が届いていない世帯数', '世帯', 60, 40, 45, '※1'],
  [4, '防犯パトロールの実施回数', '回', 100, 120, 125, ''],
  [5, '事故の件数', '件', 7, 5, 0, '※1'],
  [],
  [footnote],
];
const directions = (rows: Rows) => checkWorkbook({ sheets: [snap('KPI', rows)] }, {}).report.indicators.map((i) => i.direction);

test('「※1　No.3及びNo.5は…減少を目指す指標」 turns 3 and 5 down, the mark ※1 none of its numbers', () => {
  expect(numberRuns(remarkText('※1　No.3及びNo.5は、数値の減少を目指す指標である。')).flatMap((r) => r.marks.map((m) => m.id))).toEqual(['3', '5']);
  expect(directions(table('※1　No.3及びNo.5は、数値の減少を目指す指標である（達成率＝目標値÷実績値）。'))).toEqual(['up', 'up', 'down', 'up', 'down']);
});

test('注2 and *2 marks are no runs either; a footnote naming no number still names none', () => {
  expect(numberRuns(remarkText('注2　指標1、3は低いほど良い')).flatMap((r) => r.marks.map((m) => m.id))).toEqual(['1', '3']);
  expect(numberRuns(remarkText('*2 No.4は少ないほど良い')).flatMap((r) => r.marks.map((m) => m.id))).toEqual(['4']);
  expect(directions(table('※1　令和5年度から集計方法を変更した。'))).toEqual(['up', 'up', 'up', 'up', 'up']);
});
