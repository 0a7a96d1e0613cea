/** A quantity heading merged over year sub-columns beside a target of the same unit: its years are the actuals. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (quantity: string, note: string) =>
  snap(
    '空き店舗',
    [
      ['商店街別の空き店舗率（各年10月1日現在）'],
      [note],
      ['商店街名', '総店舗数\n（R5）', quantity, null, '目標値（％）\n（R5）', '備考'],
      [null, null, 'R4', 'R5'],
      ['駅前商店街', 62, 12.9, 11.3, 12],
      ['本町商店街', 85, 17.6, 18.8, 15],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'] },
  );

test('空き店舗率（％） over R4 | R5 beside 目標値（％）: the R5 figure is the actual, and a note naming the quantity gives its way', () => {
  const { report } = checkWorkbook({ sheets: [sheet('空き店舗率（％）', '※目標は空き店舗率の低下（↓）。')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.direction])).toEqual([
    ['駅前商店街', 12, 11.3, 'D5', 'down'],
    ['本町商店街', 15, 18.8, 'D6', 'down'],
  ]);
});

test('a quantity in another unit than the target’s, or a note naming another quantity, gives no actual and no way', () => {
  const other = checkWorkbook({ sheets: [sheet('空き店舗数（店）', '※目標は空き店舗率の低下（↓）。')] }, {}).report;
  expect(other.indicators.map((i) => i.actual)).not.toContain(11.3);
  const noWay = checkWorkbook({ sheets: [sheet('空き店舗率（％）', '※総店舗数の減少は人口減少による。')] }, {}).report;
  expect(noWay.indicators.map((i) => i.direction)).toEqual(['up', 'up']);
});

test('another body’s figure over the years (全国平均（％）) is no actual; a statement of fact gives no way (review rv56)', () => {
  const national = checkWorkbook({ sheets: [sheet('全国平均（％）', '')] }, {}).report;
  expect(national.indicators.map((i) => i.actual)).toEqual([null, null]);
  const fact = checkWorkbook({ sheets: [sheet('空き店舗率（％）', '※空き店舗率は前年度から低下した。')] }, {}).report;
  expect(fact.indicators.map((i) => i.direction)).toEqual(['up', 'up']);
});
