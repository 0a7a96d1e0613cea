import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** A 削減目標 column over rows measuring emissions (lower is better) and rows measuring the cut (more is better). */
const sheet = snap('環境', [
  ['指標', '単位', '基準値（H30）', '削減目標（R12）', 'R5実績'],
  ['家庭部門のCO2排出量', 't', 9000, 7000, 8200],
  ['公共施設の省エネによる削減量', 't', 0, 800, 950],
  ['事業系ごみの削減率（H30比）', '%', 0, 15, 9],
]);

test('a 削減目標 heading states down for rows measuring the level, none for rows measuring the cut', () => {
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null]);
  expect(read).toEqual([
    ['家庭部門のCO2排出量', 'down'],
    ['公共施設の省エネによる削減量', null],
    ['事業系ごみの削減率（H30比）', null],
  ]);
});
