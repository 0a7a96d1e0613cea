/** A header row holding two tables side by side: each name column with value columns of its own starts one. */
import type { Column } from './column';
import { sideBySide } from './sideBySide';

const col = (c: number, role: Column['role']): Column => ({ col: c, role, cells: [] });

test('two name columns each with figures: two sides, each from its name column', () => {
  const sides = sideBySide([col(1, 'name'), col(2, 'target'), col(3, 'actual'), col(5, 'name'), col(6, 'target'), col(7, 'actual')]);
  expect(sides.map((s) => [s.nameCol, s.firstValue, s.columns.map((c) => c.col)])).toEqual([
    [1, 2, [1, 2, 3]],
    [5, 6, [5, 6, 7]],
  ]);
});

test('a name column without figures of its own (施策名 before 指標名) stays with the table right of it', () => {
  const sides = sideBySide([col(1, 'name'), col(2, 'name'), col(3, 'target'), col(4, 'actual')]);
  expect(sides.map((s) => [s.nameCol, s.firstValue])).toEqual([[2, 3]]);
});

test('no value column: no table', () => {
  expect(sideBySide([col(1, 'name'), col(2, 'unit')])).toEqual([]);
});
