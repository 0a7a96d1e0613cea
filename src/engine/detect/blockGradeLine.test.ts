import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

// Two policy blocks side by side, each with a grade line under its figure rows (or a longer remark there instead).
const sheet = (leftMark: string, rightMark: string): Rows => [
  ['施策評価シート　評価年度：令和5年度'],
  ['施策名', '3-1 健康づくりの推進'],
  [],
  ['指標１', '健診受診率', null, null, null, null, '指標２', '運動教室参加者数'],
  ['単位', '%', null, null, null, null, '単位', '人'],
  ['年度', 'R3', 'R4', 'R5', null, null, '年度', 'R3', 'R4', 'R5'],
  ['目標値', 50, 55, 60, null, null, '目標値', 300, 320, 340],
  ['実績値', 48, 52, 57, null, null, '実績値', 280, 330, 350],
  ['評価', leftMark, null, null, null, null, '評価', rightMark],
];
const read = (rows: Rows) =>
  checkWorkbook({ sheets: [snap('施策3-1', rows, { merges: ['B4:E4', 'H4:K4'] })] }, {}).report.indicators.map((i) => [
    i.name,
    i.existingGrade,
    i.cells?.grade,
  ]);

test("the mark on the grade line right under a block's figure rows is that indicator's existing grade", () => {
  expect(read(sheet('B', 'A'))).toEqual([
    ['健診受診率', 'B', 'B9'],
    ['運動教室参加者数', 'A', 'H9'],
  ]);
});

test('a sentence on that line is no grade mark', () => {
  expect(read(sheet('目標には届かなかった', 'A'))).toEqual([
    ['健診受診率', null, null],
    ['運動教室参加者数', 'A', 'H9'],
  ]);
});

// A block stacked down: its years, 計画 / 実績 lines, a 進捗率 line computed from them, then its grade line naming a year.
const stacked = (gradeLabel: string): Rows => [
  ['施策評価　評価年度：令和5年度'],
  [],
  ['指標1', '市民農園の利用区画数'],
  ['単位', '区画'],
  ['区分', 'R3', 'R4', 'R5', 'R6'],
  ['計画', 80, 90, 100, 110],
  ['実績', 85, 88, 92, null],
  ['進捗率', '106%', '98%', '92%', null],
  [gradeLabel, 'B'],
];
const readStacked = (gradeLabel: string) => {
  const { report } = checkWorkbook({ sheets: [snap('施策4-2', stacked(gradeLabel))] }, {});
  return {
    read: report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade]),
    guessed: report.findings.filter((f) => f.code === 'reading-uncertain').length > 0,
  };
};

test('a grade line past a 進捗率 line computed from the figures is still the block’s grade line', () => {
  expect(readStacked('評価')).toEqual({ read: [['市民農園の利用区画数', 'B', 'B9']], guessed: false });
});

test('a grade line naming the evaluation year grades it; naming another year, the mark is taken as a guess', () => {
  expect(readStacked('指標の評価（令和５年度）')).toEqual({ read: [['市民農園の利用区画数', 'B', 'B9']], guessed: false });
  expect(readStacked('指標の評価（令和４年度）').guessed).toBe(true);
});

// A block's 指標の説明 line between its figure rows and the department's grade line naming the year.
const described = (between: string): Rows => [
  ['施策評価　評価年度：令和5年度'],
  [],
  ['成果指標①', '介護予防教室の参加者数'],
  ['単位', '人'],
  ['区分', 'R3', 'R4', 'R5'],
  ['目標', 2000, 2200, 2400],
  ['実績', 1650, 2050, 2310],
  [between, '市が実施する教室の延べ参加者数'],
  ['担当課の評価（R5）', 'B'],
];

test("a block's 指標の説明 line stands between its figures and its grade line; any other line there ends the search", () => {
  const grade = (between: string) =>
    checkWorkbook({ sheets: [snap('施策2-3', described(between))] }, {}).report.indicators.map((i) => [i.existingGrade, i.cells?.grade]);
  expect(grade('指標の説明')).toEqual([['B', 'B9']]);
  expect(grade('備考')).toEqual([['B', 'B9']]);
  expect(grade('参考値')[0]).toEqual([null, null]);
});
