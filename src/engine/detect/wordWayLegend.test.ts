/** A legend of the sheet's own direction words (「改善：数値の低下を目指す」) reads a 方向 cell's word the reader leaves unread. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(legend: string | null) {
  const rows: unknown[][] = [
    ['商工振興計画　令和5年度 成果指標の評価'],
    [],
    ['成果指標', '単位', '方向', '基準値', 'R5目標値', 'R5実績値'],
    ['創業者数', '件', '増加', 18, 25, 27],
    ['空き店舗率', '％', '改善', 14.8, 12.0, 13.1],
    [],
  ];
  if (legend) rows.push([legend]);
  return snap('進捗', rows as never);
}

const ways = (s: ReturnType<typeof sheet>) =>
  detectSheet(s, scale).indicators.map((i) => [i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null, i.unreadDirection?.cell ?? null]);

test('the legend entry for the very word gives its way, in its own cell', () => {
  expect(ways(sheet('【方向】増加：数値の増加を目指す　改善：数値の低下を目指す'))[1]).toEqual(['down', 'C5', null]);
});

test('without a legend, or an entry saying 維持, or the word given both ways, the word stays unread', () => {
  expect(ways(sheet(null))[1]).toEqual([null, null, 'C5']);
  expect(ways(sheet('【方向】改善：現状の水準を維持する'))[1]).toEqual([null, null, 'C5']);
  expect(ways(sheet('【方向】改善：数値の低下を目指す　改善：数値の増加を目指す'))[1]).toEqual([null, null, 'C5']);
});
