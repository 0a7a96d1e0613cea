import { checkWorkbook } from '../actions/check';
import { datedLegendPeriod } from './datedLegendLabel';
import { snap } from './testing';

describe('datedLegendPeriod: a legend label dated by a closing date states that year', () => {
  test.each([
    ['評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満', 2023],
    ['※達成状況（R6.3.31）：A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満', 2023],
  ])('%s → fiscal %d', (text, year) => expect(datedLegendPeriod(text)?.fiscalYear).toBe(year));

  test.each([
    ['評価（令和5年9月末）：◎ 100％以上　○ 80％以上'], // a mid-year date dates a part of a year
    ['評価（令和5年3月末の達成率）　◎：100％以上　○：80％以上'], // more than the date in the bracket
    ['評価（令和6年3月末）：担当課による'], // no legend after the label
    ['目標（令和6年3月末）：◎ 100％以上　○ 80％以上'], // not the grades' label
  ])('%s states nothing', (text) => expect(datedLegendPeriod(text)).toBeNull());
});

test('a KPI table with such a legend under it is evaluated for that year, no period guessed', () => {
  const sheet = snap('KPI', [
    ['重点目標（ＫＰＩ）の達成状況'],
    ['No.', 'ＫＰＩ', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '評価'],
    [1, '登録者数', '目標値', '75 人', '80 人', '85 人', '◎'],
    ['', '', '実績値', '78 人', '84 人', '', ''],
    [],
    ['', '評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a sheet whose title states its year keeps it (counter-example)', () => {
  const sheet = snap('KPI', [
    ['令和4年度　重点目標の達成状況'],
    ['No.', 'ＫＰＩ', '目標値', '実績値', '評価'],
    [1, '登録者数', 80, 84, '◎'],
    [],
    ['', '評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
});
