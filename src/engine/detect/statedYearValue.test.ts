/**
 * A stated-period line whose value is a year written in two calendars (評価年度 | 2023（令和5年度）) or a bare year
 * (評価年度 | 2023) states the evaluation period, on a conditions sheet beside the data too.
 */
import { checkWorkbook } from '../actions/check';
import { statedValuePeriod } from './metaLines';
import { snap } from './testing';

test.each([
  ['2023（令和5年度）', 2023],
  ['2022', 2022],
  ['令和4年度（2022年度）', 2022],
  ['R5', 2023],
])('statedValuePeriod(「%s」) is fiscal year %s', (value, fy) => {
  expect(statedValuePeriod(value)?.fiscalYear).toBe(fy);
});

test('no period from a range, a count or words', () => {
  expect(['2022～2023', '12件', '全課'].map(statedValuePeriod)).toEqual([null, null, null]);
});

test('a conditions sheet stating 評価年度 | 2022（令和4年度） sets the period of a list holding later years too', () => {
  const list = snap('一覧', [
    ['年度', '指標名', '単位', '目標値', '実績値'],
    [2022, '相談件数', '件', 40, 35],
    [2022, '講座数', '回', 12, 12],
    [2023, '相談件数', '件', 45, 50],
    [2023, '講座数', '回', 12, 10],
  ]);
  const cond = snap('抽出条件', [['抽出条件'], ['評価年度', '2022（令和4年度）'], ['所管課', '全課']]);
  const { report } = checkWorkbook({ sheets: [list, cond] });
  expect([report.period?.fiscalYear, report.period?.source]).toEqual([2022, 'sheet']);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});
