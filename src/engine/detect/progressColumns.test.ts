/**
 * A column headed 進捗 / 進捗状況 / 進捗評価 holds the department's grade when its cells are grades (letters or the
 * scale's words); over figures (85%, 0.92) it is the progress rate, derived, never a grade.
 */
import { DEFAULT_RULES } from '../grading/rules';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = DEFAULT_RULES.scale.map(({ grade, label }) => ({ grade, label }));

const table = (heading: string, cells: (string | number)[]) =>
  snap('取組状況', [
    ['令和6年度 重点取組の状況'],
    ['番号', '取組', '単位', 'R6目標', 'R6実績', heading, 'メモ'],
    [1, '出前講座の開催', '回', 40, 44, cells[0]],
    [2, '見守り協定の締結', '件', 25, 19, cells[1], '継続協議中'],
    [3, '防災士の養成', '人', 60, 51, cells[2]],
  ]);

const grades = (heading: string, cells: (string | number)[]) =>
  detectSheet(table(heading, cells), scale).indicators.map((i) => [i.name, i.gradeCell?.cell ?? null, i.gradeCell?.raw ?? null]);

test.each(['進捗', '進捗評価', '進 捗 状 況', '達成状況', '達成度'])('letters under %s are the department’s grades', (heading) => {
  expect(grades(heading, ['Ａ', 'C', 'B'])).toEqual([
    ['出前講座の開催', 'F3', 'Ａ'],
    ['見守り協定の締結', 'F4', 'C'],
    ['防災士の養成', 'F5', 'B'],
  ]);
});

test('the scale’s words under 進捗状況 are the grades, written as they are', () => {
  expect(grades('進捗状況', ['順調', 'やや遅れている', '概ね順調']).map((r) => r[2])).toEqual(['順調', 'やや遅れている', '概ね順調']);
});

test.each([
  ['進捗', ['110%', '76%', '85%']],
  ['進捗状況', [1.1, 0.76, 0.85]],
  ['達成度', ['110.0％', '76.0％', 'B']],
  ['達成状況', [1.1, 0.76, 0.85]],
  ['進捗率', ['A', 'C', 'B']],
] as [string, (string | number)[]][])('figures under %s (or any cells under 進捗率) are not a grade', (heading, cells) => {
  expect(grades(heading, cells).map((r) => r[1])).toEqual([null, null, null]);
});

test.each(['所管課評価', '担当課評価', '自己評価'])('rates under 達成度 give the grades to the %s column beside them', (heading) => {
  const sheet = snap('取組状況', [
    ['令和6年度 重点取組の状況'],
    ['番号', '取組', '単位', 'R6目標', 'R6実績', '達成度', heading, '方向性'],
    [1, '出前講座の開催', '回', 40, 44, '110%', 'A', '継続'],
    [2, '見守り協定の締結', '件', 25, 19, '76%', 'C', '継続'],
    [3, '防災士の養成', '人', 60, 51, '85%', 'B', '改善'],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => [i.name, i.gradeCell?.cell ?? null, i.gradeCell?.raw ?? null])).toEqual([
    ['出前講座の開催', 'G3', 'A'],
    ['見守り協定の締結', 'G4', 'C'],
    ['防災士の養成', 'G5', 'B'],
  ]);
});

test('rates under 達成度 with no grade column beside them leave the rows without a grade', () => {
  expect(grades('達成度', ['110%', '76%', '85%']).map((r) => r[1])).toEqual([null, null, null]);
});
