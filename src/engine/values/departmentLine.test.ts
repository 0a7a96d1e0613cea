import { isDepartmentLine } from './departmentLine';

test('a department label and its value in one cell is a department line', () => {
  expect(isDepartmentLine('担当課：福祉総務課')).toBe(true);
  expect(isDepartmentLine('所管部局: 保健福祉部')).toBe(true);
  expect(isDepartmentLine('担当課')).toBe(false);
  expect(isDepartmentLine('施策3-1　地域福祉の推進')).toBe(false);
  expect(isDepartmentLine('単位：件')).toBe(false);
});
