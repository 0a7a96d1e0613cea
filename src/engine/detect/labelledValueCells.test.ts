/** A label and its value in one cell (「目標値（R6）：500件」) read as a label cell beside a value cell, in every form. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [
  { grade: 'A', label: '' },
  { grade: 'B', label: '' },
];
const facts = (s: ReturnType<typeof snap>) =>
  detectSheet(s, scale).indicators.map((i) => ({
    name: i.name,
    target: i.targets.map((p) => [p.cell, p.parsed.value, p.period?.label]),
    actual: i.actuals.map((p) => [p.cell, p.parsed.value, p.period?.label]),
    grade: i.gradeCell ? [i.gradeCell.cell, i.gradeCell.means ?? null] : null,
  }));

test('「label：value」 cells side by side: each its own fact, a 達成率 cell never the actual, the grade after the label', () => {
  const s = snap('票', [
    ['令和６年度 事業点検シート'],
    [null],
    ['指標名：図書館の貸出冊数', '単位：冊'],
    ['目標値（R6）：52,000冊', '実績値（R6）：48,600冊', '達成率：93.5％'],
    ['評価：B'],
    [null],
    ['指標名：読み聞かせ会の参加者数', '単位：人'],
    ['達成率＝110.0％', '実績値（R6）＝330人', '目標値（R6）＝300人'],
    ['評価：A'],
  ]);
  expect(facts(s)).toEqual([
    { name: '図書館の貸出冊数', target: [['A4', 52000, 'R6']], actual: [['B4', 48600, 'R6']], grade: ['A5', 'B'] },
    { name: '読み聞かせ会の参加者数', target: [['C8', 300, 'R6']], actual: [['B8', 330, 'R6']], grade: ['A9', 'A'] },
  ]);
});

test('a label cell whose right neighbour is another 「label：value」 cell takes no value from it', () => {
  const s = snap('票', [
    ['指標名', '窓口の待ち時間'],
    ['目標値', '15分'],
    ['実績値', '達成率：80％'],
  ]);
  expect(facts(s)).toEqual([{ name: '窓口の待ち時間', target: [['B2', 15, undefined]], actual: [], grade: null }]);
});
