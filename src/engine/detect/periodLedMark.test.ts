/** Review rv76: a 累計 mark led by its period (令和3年度からの累計, R3～R5累積, 期間累計) is the row's running total. */
import { checkWorkbook } from '../actions/check';
import { periodLedMark, totalRemark } from './periodLedMark';
import { snap } from './testing';

const marriage = (mark: string | null, remark: string | null) =>
  checkWorkbook(
    {
      sheets: [
        snap(
          '結婚',
          [
            ['指標名', '単位', '目標の\n区分', '令和5年度\n目標値', '実績値', null, '備考'],
            [null, null, null, null, '単年度\n（令和5年度）', '累計\n（令和3年度～令和5年度）', null],
            ['成婚数', '組', mark, 60, 7, 58, remark],
            ['婚活イベント参加者数', '人', '単年度', 250, 231, 648, null],
          ],
          { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2'] },
        ),
      ],
    },
    {},
  ).report;

test.each(['令和3年度からの累計', 'R3～R5累積', '期間累計'])('a mark 「%s」 reads the row’s 累計 against the target', (mark) => {
  const got = marriage(mark, null).indicators.find((i) => i.name === '成婚数');
  expect(got).toMatchObject({ target: 60, actual: 58, grade: 'B', cells: { actual: 'F3' } });
});

test.each(['令和3年度からの累計値', '計画期間中の累計で設定'])('a remark 「%s」 leaves the year’s figure read as a guess naming both cells', (remark) => {
  const report = marriage(null, remark);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toContain('E3');
});

test('the mark is rewritten with its period in brackets; other texts stay as written', () => {
  expect(periodLedMark('令和3年度からの累計')).toBe('累計（令和3年度から）');
  expect(periodLedMark('単年度')).toBe('単年度');
  expect(periodLedMark('累計')).toBe('累計');
  expect(totalRemark('累計 648人')).toBe(false);
});
