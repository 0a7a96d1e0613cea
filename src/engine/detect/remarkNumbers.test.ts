/**
 * A footnote naming indicators by their number marks (①②③, (1)(2), No.1, 指標1) says what it says of exactly those
 * numbered so; a footnote naming numbers for another meaning (「※指標②は速報値」) sets no direction.
 */
import { checkWorkbook } from '../actions/check';
import { numberRuns, numberSpan, remarkText, runWords } from './remarkNumbers';
import { snap } from './testing';

type Rows = (string | number | null)[][];

/** A plan's table numbered ①–④ (no name saying which way), and a footnote under it. */
const table = (footnote: string, marks = ['①', '②', '③', '④']): Rows => [
  ['番号', '計画指標', '単位', '基準値', '目標値', '実績値'],
  [marks[0], '市民相談の受付件数', '件', 500, 400, 450],
  [marks[1], '図書館の来館者数', '人', 9000, 10000, 9600],
  [marks[2], '公園の巡回回数', '件', 60, 40, 55],
  [marks[3], '防犯パトロールの実施回数', '回', 100, 120, 125],
  [],
  [footnote],
];
const directions = (rows: Rows) => checkWorkbook({ sheets: [snap('計画指標', rows)] }, {}).report.indicators.map((i) => i.direction);

test('「※指標①③は数値の減少を目指す指標。」 turns exactly ① and ③ down', () => {
  expect(directions(table('※指標①③は数値の減少を目指す指標。'))).toEqual(['down', 'up', 'down', 'up']);
});

test('bracketed marks, No. and plain numbers after 指標 name the numbers too', () => {
  expect(directions(table('※(1)(3)は値が小さいほど良い指標', ['(1)', '(2)', '(3)', '(4)']))).toEqual(['down', 'up', 'down', 'up']);
  expect(directions(table('※No.1及びNo.3は少ないほど良い', ['No.1', 'No.2', 'No.3', 'No.4']))).toEqual(['down', 'up', 'down', 'up']);
  expect(directions(table('※指標1、3は低いほど良い', ['1', '2', '3', '4']))).toEqual(['down', 'up', 'down', 'up']);
});

test('numbers named for another meaning set no direction, in a sentence of their own or beside another run', () => {
  expect(directions(table('※指標②は速報値'))).toEqual(['up', 'up', 'up', 'up']);
  expect(directions(table('※指標②は速報値、①③は減少を目指す指標。'))).toEqual(['down', 'up', 'down', 'up']);
});

test('a year or a share in the footnote is no number mark', () => {
  expect(numberRuns(remarkText('※指標の値は令和5年度に10％減少を目指す'))).toEqual([]);
  expect(numberRuns(remarkText('※施策(1)の指標は減少を目指す'))).toEqual([]);
});

test('circled marks are kept apart (NFKC would run ①③⑤ into 135); each mark has its own place', () => {
  const text = remarkText('※指標①③⑤は数値の減少を目指す指標。');
  expect(text).toBe('※指標①③⑤は数値の減少を目指す指標。');
  expect(numberRuns(text).map((r) => r.marks.map((m) => m.id))).toEqual([['1', '3', '5']]);
  expect(numberSpan(text, '5')).toEqual({ start: 5, end: 6 });
  expect(numberSpan(text, '2')).toBeNull();
  expect(numberSpan(remarkText('※指標1-2、2-1は小さいほど良い'), '1-(2)')).toEqual({ start: 3, end: 6 });
  expect(runWords(remarkText('指標②は速報値、③は減少を目指す'), '2')).toBe('は速報値、');
});

test('a number before a counter word counts indicators, it names none: 「重点指標3項目」「指標2件」', () => {
  expect(numberRuns(remarkText('※重点指標3項目のうち、値が小さいほど良い指標は「市民相談の受付件数」のみ。'))).toEqual([]);
  expect(numberRuns(remarkText('※減少を目指す指標2件は①と③。')).map((r) => r.marks.map((m) => m.id))).toEqual([['1', '3']]);
  expect(directions(table('※重点指標3項目のうち、値が小さいほど良い指標は「市民相談の受付件数」のみ。', ['1', '2', '3', '4']))).toEqual([
    'down',
    'up',
    'up',
    'up',
  ]);
});
