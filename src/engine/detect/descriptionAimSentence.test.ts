/**
 * A description closing with a sentence that only states the aim (「…の割合（％）。数値の減少を目指す指標」) keeps its unit
 * bracket at the definition's end, and the aim turns the row down.
 */
import { checkWorkbook } from '../actions/check';
import { descriptionUnit } from './descriptionUnit';
import { withoutClosingAim } from './descriptionAimSentence';
import { snap } from './testing';

test('an aim-only closing sentence is taken off; other sentences stay', () => {
  expect(withoutClosingAim('暴力を受けた人の割合（％）。数値の減少を目指す指標')).toBe('暴力を受けた人の割合（％）');
  expect(withoutClosingAim('相談件数（件）。少ないほど良い。')).toBe('相談件数（件）');
  expect(withoutClosingAim('世帯の割合（％）。分母は市内の全世帯数')).toBe('世帯の割合（％）。分母は市内の全世帯数');
  expect(withoutClosingAim('受診者数（人）。R8までに2,000人を目指す')).toBe('受診者数（人）。R8までに2,000人を目指す');
});

test('the unit bracket before an aim sentence is the unit; before another sentence it is none', () => {
  expect(descriptionUnit('過去5年間に暴力を受けたことがある人の割合（％）。数値の減少を目指す指標')).toBe('%');
  expect(descriptionUnit('過去5年間に暴力を受けたことがある人の割合（％）。市民意識調査による')).toBeUndefined();
});

test('指標の説明 closing with 「数値の減少を目指す指標」: unit ％ and lower is better', () => {
  const rows = [
    ['', '指標', '指標の説明', '現況', '目標（R8）', '実績'],
    [1, 'センターの認知度', '「知っている」と回答した市民の割合（％）', 28.4, 50, 36.9],
    [2, '被害経験がある人の割合', '過去5年間に暴力を受けたことがある人の割合（％）。数値の減少を目指す指標', 18.2, 12, 15.6],
  ];
  const inds = checkWorkbook({ sheets: [snap('点検', rows)] }, { period: 'R5' }).report.indicators;
  expect(inds.map((i) => [i.unit, i.direction])).toEqual([
    ['%', 'up'],
    ['%', 'down'],
  ]);
});
