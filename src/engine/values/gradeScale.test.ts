/** A grade heading with its scale written after it, unbracketed (「自己評価⏎A～D」), heads the written grades. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { withoutScaleTail } from './gradeScale';
import { classifyLabel } from './labels';
import { compact } from './text';

test.each([
  ['自己評価\nA～D', '自己評価'],
  ['評価 Ａ～Ｄ', '評価'],
  ['達成度A〜D', '達成度'],
  ['担当課評価 S～D', '担当課評価'],
  ['評価A・B・C・D', '評価'],
  ['評価a-c', '評価'],
])('%j: the scale comes off, %j is left', (text, words) => expect(withoutScaleTail(compact(text))).toBe(words));

test.each(['自己評価', '評価A', '評価（A～D）', 'A～D', '評価F～H', '評価1～4', '評価AB'])('%j closes with no grade scale', (text) =>
  expect(withoutScaleTail(compact(text))).toBeNull(),
);

test('a grade heading before the scale reads as the grade heading; other words before it keep their reading', () => {
  for (const text of ['自己評価\nA～D', '評価 A〜D', '担当課評価\nＡ～Ｄ', '達成度 S～D', '評価A・B・C・D']) expect(classifyLabel(text)?.role).toBe('grade');
  for (const text of ['地区A～D', '区分A-C', '実績A～D', '目標値A～C', '評価A']) expect(classifyLabel(text)).toBeNull();
});

const table = (gradeHeading: string) =>
  snap('点検評価', [
    ['計画の点検評価（令和５年度）', null, null, null, null],
    [null, null, null, null, null],
    ['No.', '指標', '目標\n（R7）', '実績\n（R5）', gradeHeading],
    [1, '議会報告会の参加者数（人）', 500, 284, 'C'],
    [2, '会議録の公開までの日数（日）', 45, 50, 'B'],
  ]);

test('a 自己評価⏎A～D column gives each row its written grade', () => {
  const inds = checkWorkbook({ sheets: [table('自己評価\nA～D')] }, {}).report.indicators;
  expect(inds.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.cells.grade])).toEqual([
    ['議会報告会の参加者数', 500, 284, 'C', 'E4'],
    ['会議録の公開までの日数', 45, 50, 'B', 'E5'],
  ]);
});

test('counter-example: a column headed 地区A～D (districts A to D) holding letters is no grade column, the rows read as before', () => {
  const read = (heading: string) => checkWorkbook({ sheets: [table(heading)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade]);
  expect(read('地区A～D')).toEqual(read('地区'));
  expect(read('地区A～D').map((r) => r[3])).toEqual([null, null]);
});
