/** A 備考 saying the figure is another year's dates it: a guess, never silently the period's figure. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { remarkYearOf } from './remarkYear';
import { snap } from './testing';

test.each([
  ['交通事業者からの実績報告が未着のため、令和４年度の値を記載（令和６年６月報告予定）', 2022],
  ['R4実績を掲載（R5は7月公表）', 2022],
  ['2022年度のデータで代用', 2022],
])('「%s」 dates the figure', (text, fy) => {
  expect(remarkYearOf(text)?.fiscalYear).toBe(fy);
});

test.each([
  'R4実績を上回った',
  'R5実績を7月に記載予定',
  '令和6年6月報告予定',
  '目標は令和4年度の値を据え置き',
  '利用者アンケートによる',
  '令和4年度から集計方法を変更',
])('「%s」 dates no figure', (text) => {
  expect(remarkYearOf(text)).toBeNull();
});

test('the actual whose 備考 names another year is read with a guess naming its cell; the others are not', () => {
  const values: CellValue[][] = [
    ['令和５年度　地域公共交通計画　評価指標の状況'],
    ['評価指標', '単位', 'R5目標', 'R5実績', '備考'],
    ['路線バス年間利用者数', '人', 430000, 412300, '事業者の報告が未着のため、令和４年度の値を記載'],
    ['コミュニティバス利用者数', '人', 98000, 95640, '令和6年6月報告'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('R5評価', values)] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(guesses.map((f) => [f.cell, (f.params as { reason?: string } | undefined)?.reason])).toEqual([['D3', 'year-note-differs']]);
  // The message names the 備考 cell the note stands in, not only the figure.
  expect(guesses[0].params).toMatchObject({ cells: ['D3', 'E3'] });
  expect(guesses[0].message).toContain('（E3）');
  expect(report.indicators.map((i) => i.actual)).toEqual([412300, 95640]);
});
