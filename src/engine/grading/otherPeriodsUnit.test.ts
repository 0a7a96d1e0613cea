/** A KPI row whose evaluated period holds 「-」 (no election that year) takes the unit its other periods' figures write. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

type Rows = (string | number | null)[][];

const kpi = (r5: string, r6: string): Rows => [
  ['KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末'],
  ['若者会議への参加者数', '目標値', '50 人', '55 人', '60 人'],
  ['若者会議への参加者数', '実績値', '47 人', '58 人', '64 人'],
  ['18～29歳の投票率', '目標値', '-', r5, '-'],
  ['18～29歳の投票率', '実績値', '-', r6, '-'],
];
const unitOf = (rows: Rows) => checkWorkbook({ sheets: [snap('KPI', rows)] }, { period: 'R6' }).report.indicators.find((i) => /投票率/.test(i.name))?.unit;

test("「-」 in the evaluated period: the unit of the row's other figures", () => {
  expect(unitOf(kpi('35.0 %', '28.9 %'))).toBe('%');
});

test('guards: figures writing two units, or none, or an actual alone writing one, give none', () => {
  expect(unitOf(kpi('35.0 %', '289 人'))).toBeNull();
  expect(unitOf(kpi('35.0', '28.9'))).toBeNull();
  expect(unitOf(kpi('-', '28.9 %'))).toBeNull();
});
