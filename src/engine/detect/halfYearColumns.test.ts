/**
 * 上半期実績 / 下半期実績 columns beside a 年度実績 total and an undated 年度目標 (the year's plan, the row's only target),
 * every figure written as full-width text: the total is the actual, the plan the target.
 */
import { checkWorkbook } from '../actions/check';
import { classifyLabel } from '../values/labels';
import { snap } from './testing';

test.each([
  ['上半期実績', 'part'],
  ['下期実績値', 'part'],
  ['年度実績', 'actual'],
  ['年度目標', 'expected'],
])('%s is a %s heading', (text, role) => expect(classifyLabel(text)?.role).toBe(role));

test('the 年度実績 total is the actual and the undated 年度目標 the target, full-width text read as figures', () => {
  const rows = [
    ['スポーツ推進計画　成果指標（令和5年度）', null, null, null, null, null],
    ['成果指標', '単位', '年度目標', '上半期実績', '下半期実績', '年度実績'],
    ['体育施設利用者数', '人', '２４０，０００', '１３０，２００', '１２１，３００', '２５１，５００'],
    ['スポーツ教室参加者数', '人', '６，０００', '２，１００', '２，３００', '４，４００（見込み）'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('成果指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.cells.actual])).toEqual([
    ['体育施設利用者数', 240000, 251500, 'value', 'F3'],
    ['スポーツ教室参加者数', 6000, 4400, 'provisional', 'F4'],
  ]);
  expect(report.indicators.every((i) => i.grade !== null)).toBe(true);
});

test('a dated target still wins over an undated plan: the plan is used only when the row has no other target', () => {
  const rows = [
    ['令和5年度　成果指標', null, null, null],
    ['成果指標', '計画値', '目標値（R5）', '実績値（R5）'],
    ['体育施設利用者数', 200000, 240000, 251500],
  ];
  const { report } = checkWorkbook({ sheets: [snap('成果指標', rows)] }, {});
  expect(report.indicators[0].target).not.toBe(200000);
});
