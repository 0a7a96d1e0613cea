/** A 備考 saying the row's target is a running total, beside 単年度（令和5年度） | 累計 with no 区分 mark: the reading is a guess. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (remark: string | null, second: string | null = null) =>
  snap(
    '結婚',
    [
      ['指標名', '単位', '令和5年度\n目標値', '実績値', null, '備考'],
      [null, null, null, '単年度\n（令和5年度）', '累計\n（令和3年度～）', null],
      ['成婚数', '組', 60, 7, 58, remark],
      ['婚活イベント参加者数', '人', 250, 231, 648, second],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'] },
  );

const read = (remark: string | null, second: string | null = null) => {
  const { report } = checkWorkbook({ sheets: [sheet(remark, second)] }, {});
  return report.indicators.map((i) => [i.actual, i.cells.actual, i.guesses.map((g) => `${g.reason}:${g.cells.join(',')}`)]);
};

test('「目標値は令和3年度からの累計」 in 備考: the year’s 7 is read, with a guess naming it and the 累計 beside (a clerk could not be sure)', () => {
  expect(read('目標値は令和3年度からの累計')).toEqual([
    [7, 'D3', ['column-chosen:D3,E3']],
    [231, 'D4', []],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet('目標値は令和3年度からの累計')] }, {});
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['D3']);
});

test('counter-example: a remark naming no target (「累計 58組」), or none, says nothing', () => {
  expect(read('累計 58組', '単年度の目標').map((r) => r[2])).toEqual([[], []]);
  expect(read(null).map((r) => r[2])).toEqual([[], []]);
});
