/**
 * Years as rows, indicators across as merged headings over 目標 | 実績, with a row the 年度 column labels 単位
 * (単位 | 手続 | 分): that row's headings are the indicators' units, whatever their words, never their names.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(unitLabel: string) {
  return snap(
    'KPI',
    [
      ['KPI推移表'],
      [],
      ['指標', '電子申請手続数', null, '平均待ち時間', null],
      [unitLabel, '手続', null, '分', null],
      ['年度', '目標', '実績', '目標', '実績'],
      ['FY2022', 80, 91, 20, 22],
      ['FY2023', 120, 104, 15, 18],
    ] as never,
    { merges: ['B3:C3', 'D3:E3', 'B4:C4', 'D4:E4'] },
  );
}

test('the headings on the 単位 row are units, the names are on the row above', () => {
  const read = detectSheet(sheet('単位'), scale).indicators.map((i) => [i.name, i.unit ?? null, i.unitCell ?? null, i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['電子申請手続数', '手続', 'B4', ['C6', 'C7']],
    ['平均待ち時間', '分', 'D4', ['E6', 'E7']],
  ]);
});
