/** A column headed 〇〇評価 (a word the reader has no role for) over grade marks is the department's own grade column. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const table = (heading: string, cells: (string | number | null)[]) =>
  snap('評価', [
    ['令和5年度　計画の評価'],
    [],
    ['指標名', '単位', 'R5目標', 'R5実績', heading, '評価の理由'],
    ['市民農園の利用区画数', '区画', 120, 118, cells[0], '概ね目標どおり'],
    ['学校給食の地場産物使用率', '%', 40, 31.5, cells[1], '天候不順'],
  ]);

const grades = (heading: string, cells: (string | number | null)[]) =>
  detectSheet(table(heading, cells), scale).indicators.map((i) => [i.name, i.gradeCell?.cell ?? null, i.gradeCell?.raw ?? null]);

test.each(['中間評価', '年度評価', '事後評価', '中間評価（A～D）'])('a %s column over A–D holds each row’s existing grade', (heading) => {
  expect(grades(heading, ['B', 'C'])).toEqual([
    ['市民農園の利用区画数', 'E4', 'B'],
    ['学校給食の地場産物使用率', 'E5', 'C'],
  ]);
});

test('an evaluation column left empty on a row is that row’s grade cell, to be written', () => {
  expect(grades('中間評価', [null, 'Ｄ'])).toEqual([
    ['市民農園の利用区画数', 'E4', null],
    ['学校給食の地場産物使用率', 'E5', 'Ｄ'],
  ]);
});

test('an evaluation heading over figures or words is no grade column', () => {
  expect(grades('中間評価', [95, 80]).map((g) => g[1])).toEqual([null, null]);
  expect(grades('外部評価', ['良好', '要改善']).map((g) => g[1])).toEqual([null, null]);
});

test('a heading that is no evaluation (所管課) over letters is no grade column', () => {
  expect(grades('所管課', ['A', 'B']).map((g) => g[1])).toEqual([null, null]);
});
