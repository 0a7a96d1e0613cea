/** No period anywhere in the workbook: grading the columns without a year as the period's is a guess naming their cells. */
import { snap } from '../detect/testing';
import { checkWorkbook } from './check';

const table = (title: string) =>
  snap('Sheet1', [[title], [null], ['指標', '単位', '目標', '実績'], ['相談件数', '件', 100, 90], ['講座参加者数', '人', 30, 33]]);
const uncertain = (title: string, period?: string) =>
  checkWorkbook({ sheets: [table(title)] }, period ? { period } : {}).report.findings.filter((f) => f.code === 'reading-uncertain');

test('with no year anywhere, the undated actuals graded are named in one reading-uncertain finding', () => {
  const found = uncertain('子育て支援施策　成果指標');
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ sheet: 'Sheet1', cell: 'D4', params: { reason: 'period-unstated', cells: ['D4', 'D5'] } });
  expect(found[0].message).toContain('D4、D5');
});

test('a year in the title, or a period given, decides the period: no guess', () => {
  expect(uncertain('令和５年度　子育て支援施策　成果指標')).toEqual([]);
  expect(uncertain('子育て支援施策　成果指標', '令和5年度')).toEqual([]);
});
