/** Years as rows headed by the quantity alone: 受診率（％） beside 目標受診率（％） is the actual, the caption above the name. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const table = (caption: string, rates: number[], targets: number[], note5 = '') => [
  [caption, null, null, '対象：40歳以上（毎年）'],
  ['年度', '対象者数（分母）', '受診者数（分子）', '受診率（％）', '目標受診率（％）', '達成率', '備考'],
  ['令和４年度', 24700, 4010, rates[0], targets[0], rates[0] / targets[0], ''],
  ['令和５年度', 24510, 3920, rates[1], targets[1], rates[1] / targets[1], note5],
  [],
];

const read = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('受診率の推移', rows, { merges: ['D2:G2', 'D7:G7'] })] }, {}).report;

test("each captioned table is its caption's indicator: the twin of 目標受診率 the actual, the unit from the headings", () => {
  const report = read([
    ['がん検診 受診率の推移（令和５年度）'],
    ...table('① 肺がん検診受診率', [16.2, 16.0], [24, 25]),
    ...table('② 大腸がん検診受診率', [22.4, 23.9], [24, 25], '速報値（法定報告値は令和６年11月確定）'),
  ]);
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualStatus])).toEqual([
    ['肺がん検診受診率', '%', 25, 16.0, 'value'],
    ['大腸がん検診受診率', '%', 25, 23.9, 'provisional'],
  ]);
});

test("a caption naming another quantity leaves the headings' name; other words beside the target are no twin", () => {
  const other = read([['令和５年度'], ...table('健診の状況', [16.2, 16.0], [24, 25])]).indicators;
  expect(other.map((i) => [i.name, i.actual])).toEqual([['受診率', 16.0]]);
  const rows = table('① 肺がん検診受診率', [16.2, 16.0], [24, 25]);
  rows[1][3] = '実施率（％）';
  expect(read([['令和５年度'], ...rows]).indicators).toEqual([]);
});
