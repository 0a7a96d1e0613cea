import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

// A block stacked down whose 進捗率 line carries the department's grade at its right end: 「R5進捗率 | 81% | … | 評価 | A」.
const block = (progressLabel: string, besideLabel: string, mark: string): Rows => [
  ['施策評価シート（評価対象年度：令和5年度）'],
  [],
  ['指標①', '市民農園の利用区画数', null, null, null, '単位', '区画'],
  ['区分', '基準値（R1）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）'],
  ['目標値', '－', 80, 90, 100, 110, 120],
  ['実績値', 60, 85, 88, 92, null, null],
  [progressLabel, 0.8, null, null, null, besideLabel, mark],
];
const read = (progressLabel: string, besideLabel: string, mark: string) => {
  const { report } = checkWorkbook({ sheets: [snap('施策4-2', block(progressLabel, besideLabel, mark))] }, {});
  return {
    read: report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade]),
    guessed: report.findings.some((f) => f.code === 'reading-uncertain'),
  };
};

test('the grade labelled beside a block’s 進捗率 line is the indicator’s written grade', () => {
  expect(read('R5進捗率', '評価', 'A')).toEqual({ read: [['市民農園の利用区画数', 'A', 'G7']], guessed: false });
  expect(read('達成率', '評価', 'C')).toEqual({ read: [['市民農園の利用区画数', 'C', 'G7']], guessed: false });
});

test('a 進捗率 line naming another year than the evaluation period: its grade is taken as a guess', () => {
  const r = read('R4進捗率', '評価', 'B');
  expect(r.read).toEqual([['市民農園の利用区画数', 'B', 'G7']]);
  expect(r.guessed).toBe(true);
});

test('another label beside the 進捗率 line, or a sentence after 評価, gives no grade', () => {
  expect(read('R5進捗率', '目標値', 'A').read).toEqual([['市民農園の利用区画数', null, null]]);
  expect(read('R5進捗率', '評価', '目標をおおむね達成した').read).toEqual([['市民農園の利用区画数', null, null]]);
});
