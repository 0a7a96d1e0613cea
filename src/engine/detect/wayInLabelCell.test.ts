/** A block's 「方向 ↓」 cell: the 方向 label and its way in one cell. */
import { detectSheet } from './index';
import { snap } from './testing';
import { wayInLabelCell } from './wayInLabelCell';

test('a 方向 label with an arrow or a one-word way in the same cell states that way; other texts none', () => {
  expect(['方向 ↑', '方向：↓', '指標の方向　減少', '目指す方向 →'].map(wayInLabelCell)).toEqual(['up', 'down', 'down', 'maintain']);
  expect(['方向性：拡充', '↓', '今後の方向 継続', '方向'].map(wayInLabelCell)).toEqual([null, null, null, null]);
});

test('stacked blocks each take the way of their own 「方向 ↓」 cell on the title line', () => {
  const block = (no: string, name: string, way: string, actual: number[], expected: number[]) => [
    [no, name, null, null, '単位', '％', way],
    ['区分', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度', '備考'],
    ['実績値', ...actual],
    ['期待値', ...expected],
    [],
  ];
  const s = snap('施策', [
    ['施策評価シート（2023年度実績評価）'],
    [],
    ...block('指標1', '創業者数', '方向 ↑', [22, 25, 31], [20, 23, 26, 28]),
    ...block('指標2', '空き店舗率', '方向 ↓', [13.8, 13.1, 12.6], [13.5, 13, 12.5, 12]),
  ]);
  const ways = detectSheet(s, [{ grade: 'A', label: '' }]).indicators.map((i) => [i.name, i.statedDirection?.value, i.statedDirection?.cell]);
  expect(ways).toEqual([
    ['創業者数', 'up', 'G3'],
    ['空き店舗率', 'down', 'G8'],
  ]);
});
