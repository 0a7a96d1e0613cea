import { checkWorkbook } from '../actions/check';
import { namesEverySubLine } from './subLineNames';
import { snap } from './testing';

test('the words before the qualifier name every sub-line of one name, never two whole names or one alone', () => {
  expect(namesEverySubLine('不登校児童生徒の割合', ['不登校児童生徒の割合（小学校）', '不登校児童生徒の割合（中学校）'])).toBe(true);
  expect(namesEverySubLine('児童生徒の割合', ['不登校児童生徒の割合（小学校）', '不登校児童生徒の割合（中学校）'])).toBe(false);
  expect(namesEverySubLine('発生件数', ['交通事故発生件数', '火災発生件数'])).toBe(false);
  expect(namesEverySubLine('割合', ['割合（小学校）', '割合（小学校）'])).toBe(false);
  expect(namesEverySubLine('割合', ['割合（小学校）'])).toBe(false);
});

// A name merged over 小学校 / 中学校 sub-rows and a footnote naming it without the qualifier.
const rows = (note: string) => [
  ['令和5年度　点検・評価'],
  ['成果指標', '学校種', '単位', '令和5年度目標', '令和5年度実績'],
  ['不登校児童生徒の割合', '小学校', '％', 0.8, 0.95],
  [null, '中学校', '％', 4, 4.62],
  ['学校支援ボランティアの登録者数', null, '人', 450, 468],
  [],
  [note],
];
const directions = (note: string) =>
  checkWorkbook({ sheets: [snap('教育', rows(note), { merges: ['A3:A4'] })] }, {}).report.indicators.map((i) => [i.name, i.direction]);

test('a footnote naming a merged name says its direction of each of its sub-lines', () => {
  expect(directions('※「不登校児童生徒の割合」は減少を目指す指標。')).toEqual([
    ['不登校児童生徒の割合（小学校）', 'down'],
    ['不登校児童生徒の割合（中学校）', 'down'],
    ['学校支援ボランティアの登録者数', 'up'],
  ]);
  expect(directions('※「児童生徒の割合」は減少を目指す指標。').map((d) => d[1])).toEqual(['up', 'up', 'up']);
});
