/** A sheet dated only by its making (作成日): the fiscal year it reports, a guess naming the date. */
import { checkWorkbook } from '../actions/check';
import { Grid } from './grid';
import { reportedFiscalYear, sheetDocumentDate } from './documentDate';
import { snap } from './testing';
import { findPeriod } from '../values/periods';

const fy = (text: string) => reportedFiscalYear(findPeriod(text)!.period);

test('made in April to September (the evaluation season, review rv52): the year just closed; later: its own year', () => {
  expect([fy('令和6年4月12日'), fy('令和6年8月20日'), fy('令和6年9月30日'), fy('令和6年10月1日'), fy('令和7年2月10日')]).toEqual([
    2023, 2023, 2023, 2024, 2024,
  ]);
});

test('the label and the date in one cell or in two; a label of another kind, none', () => {
  const date = (lines: (string | null)[][]) => sheetDocumentDate(new Grid(snap('s', lines)))?.period.fiscalYear ?? null;
  expect(date([['作成日：令和6年4月12日']])).toBe(2023);
  expect(date([['作成日', '2024年10月1日']])).toBe(2024);
  expect(date([['基準日：令和6年4月1日']])).toBe(null);
  expect(date([['作成日：令和6年4月12日'], ['更新日：令和6年11月1日']])).toBe(null);
});

const report = (dated: string | null) => [
  ['損傷通報への対応状況（四半期報告）', null, null, dated],
  ['項目', '単位', '年間目標', '4〜6月', '7〜9月', '10〜12月', '1〜3月', '年間計'],
  ['道路パトロールによる損傷発見件数', '件', 600, 140, 160, 150, 152, 602],
];

test('a report dated only by its 作成日 is evaluated for the year it reports, with a guess naming the date', () => {
  const { report: r } = checkWorkbook({ sheets: [snap('通報', report('作成日：令和6年4月12日'))] }, {});
  expect(r.period?.fiscalYear).toBe(2023);
  expect(r.findings.filter((f) => f.code === 'reading-uncertain').map((f) => [f.params, f.cell])).toEqual([
    [expect.objectContaining({ reason: 'period-from-date', cells: ['D1'] }), 'D1'],
  ]);
});

test('with no date, the period stays unstated as before', () => {
  const { report: r } = checkWorkbook({ sheets: [snap('通報', report(null))] }, {});
  expect(r.period).toBe(null);
});

test('a line 「令和6年7月　上下水道局総務課作成」 (a month first, 作成 last) dates the making; a month in another sentence does not', () => {
  const date = (text: string) => sheetDocumentDate(new Grid(snap('s', [['進捗管理表'], ['指標', '目標値', '実績値'], [null, null, null, text]])));
  expect(date('令和6年7月　上下水道局総務課作成')?.period.fiscalYear).toBe(2023);
  expect(date('令和6年11月作成')?.period.fiscalYear).toBe(2024);
  expect(date('令和6年7月に計画を作成')).toBeNull();
  expect(date('※令和6年7月の値を用いて作成した表')).toBeNull();
  expect(date('平成30年3月　第2次経営戦略作成')).toBeNull();
});
