/** A rating label heading 前年度評価（R4） | 今年度評価（R5） over the grades: this year's rating is the cell under its heading, even empty. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function rows(before: string, now: string, grades: [string | null, string | null]): (string | number | null)[][] {
  return [
    ['令和５年度実績　施策評価シート', null, null, null, null, null, null],
    ['施策', '2-1　健康づくりの推進', null, null, null, null, null],
    ['施策の達成状況', before, null, null, now, null, null],
    [null, grades[0], null, null, grades[1], null, null],
    ['※達成状況　A：順調　B：概ね順調　C：やや遅れている　D：遅れている', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['指標名', '単位', 'R4', 'R5', null, null, null],
    ['健診の受診率', '％', 42, 44, null, null, null],
  ];
}

const merges = ['A3:A4', 'B3:D3', 'E3:G3', 'B4:D4', 'E4:G4'];

test('the empty cell under 今年度評価 is the rating cell, last year’s grade the one under 前年度評価; the legend below is none', () => {
  const d = detectSheet(snap('2-1', rows('前年度評価（令和４年度）', '今年度評価（令和５年度）', ['B', null]), { merges }), scale);
  const g = d.meta.groupGrade;
  expect([g?.cell, g?.raw ?? null, g?.previousGrade, g?.previousCell]).toEqual(['E4', null, 'B', 'B4']);
});

test('this year’s heading on the left: its cell is still the rating cell', () => {
  const d = detectSheet(snap('2-1', rows('今年度評価（令和５年度）', '前年度評価（令和４年度）', ['A', 'B']), { merges }), scale);
  const g = d.meta.groupGrade;
  expect([g?.cell, g?.raw, g?.previousGrade, g?.previousCell]).toEqual(['B4', 'A', 'B', 'E4']);
});

test('headings that name no year’s evaluation leave the rating to the usual rules', () => {
  const d = detectSheet(snap('2-1', rows('前年度実績', '今年度実績', ['B', null]), { merges }), scale);
  expect(d.meta.groupGrade?.cell).not.toBe('E4');
});
