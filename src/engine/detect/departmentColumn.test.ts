/** A department label gives the value under it, unless that value starts a column of units (a table's rows). */
import { CellIndex } from './cells';
import { departmentBelow } from './departmentColumn';
import { Grid } from './grid';
import { snap } from './testing';

const below = (values: (string | null)[][]) => {
  const grid = new Grid(snap('S', values));
  return departmentBelow(grid, new CellIndex(grid), { row: 1, col: 1 })?.text ?? null;
};

test('labels in a row over their values: the value under the label', () => {
  expect(below([['担当部'], ['総務部'], [null], ['施策名']])).toBe('総務部');
});

test('a column of units under the label is a table’s: no department', () => {
  expect(below([['部局'], ['総務部'], ['市民生活部'], ['健康福祉部']])).toBeNull();
});

test('sentence lines under the value are prose, not a column of units: the value is the department', () => {
  expect(below([['担当部局'], ['総務部'], ['市の財政運営の健全化を進める。'], ['事務事業の見直しを行い、経費を削減する。']])).toBe('総務部');
});
