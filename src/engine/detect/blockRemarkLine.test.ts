/** A block's 備考 line merged over its whole line qualifies the actual of the year its 実績 subject names, no other. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

/** Two stacked policy blocks (name, 年度, 目標値, 実績値, 備考 merged B:H), the first block's remark given. */
function read(remark: string, secondRemark = ''): [unknown, unknown][] {
  const rows: CellValue[][] = [['令和6年度　施策評価シート（令和5年度の取組）']];
  const merges: string[] = [];
  const block = (name: string, note: string, actuals: number[]) => {
    const r = rows.length + 1;
    rows.push(['成果指標', name, null, null, null, null, '単位', '％']);
    rows.push(['年度', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
    rows.push(['目標値', '－', 42, 46, 50, 55, 60]);
    rows.push(['実績値', 38.6, ...actuals]);
    rows.push(['備考', note || null]);
    merges.push(`B${r + 4}:H${r + 4}`);
  };
  block('特定健康診査受診率', remark, [41.2, 43.8, 45.9]);
  block('がん検診受診率', secondRemark, [10.1, 10.6, 10.2]);
  const report = checkWorkbook({ sheets: [snap('施策3-2', rows, { merges })] }, { period: '令和5年度' }).report;
  return report.indicators.map((i) => [i.actual, i.actualStatus]);
}

test('「R5実績値は速報値（…）」 on the 備考 line of a block: its R5 actual is provisional, not the next block', () => {
  expect(read('R5実績値は速報値（法定報告の確定値は令和6年11月に公表）')).toEqual([
    [45.9, 'provisional'],
    [10.2, 'value'],
  ]);
});

test('概数 makes it approximate; a line of the second block speaks for it alone', () => {
  expect(read('', '令和5年度の実績は概数')).toEqual([
    [45.9, 'value'],
    [10.2, 'approximate'],
  ]);
});

test.each([
  'R4実績値は速報値',
  'R5からスマートフォンアプリによる参加を開始',
  '速報値の公表は11月',
  'R5実績値は速報値ではなく確定値',
  'R5実績値は速報値を確定値に更新した',
])('a remark naming another year, no 実績, or saying it is final qualifies nothing: %s', (remark) => {
  expect(read(remark)).toEqual([
    [45.9, 'value'],
    [10.2, 'value'],
  ]);
});
