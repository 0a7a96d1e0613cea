import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { classifyMeta } from './metaLabels';
import { ratedYear, withoutRatedPeriod } from './ratedPeriodNote';

test('a note of the rated year after the label is taken off it', () => {
  expect(withoutRatedPeriod('施策の達成状況（対象:R6）')).toBe('施策の達成状況');
  expect(withoutRatedPeriod('達成度評価(評価対象年度:令和6年度)')).toBe('達成度評価');
  expect(withoutRatedPeriod('施策の達成状況（対象R6）')).toBe('施策の達成状況');
});

test('the year a label’s note rates (review rv72): a fiscal year, or none', () => {
  expect(ratedYear('施策の達成状況\n（対象：R5）')).toBe(2023);
  expect(ratedYear('施策評価（対象年度：令和６年度）')).toBe(2024);
  expect(ratedYear('施策の達成状況（R5）')).toBeNull();
  expect(ratedYear('施策の達成状況')).toBeNull();
});

test('a bare year, a note of other words or of a range of years stays', () => {
  for (const t of [
    '施策の達成状況（R5）',
    '施策の達成状況（前年度:B）',
    '施策の達成状況（対象:市民）',
    '施策の達成状況（対象:R3～R7）',
    '施策の達成状況（対象:R6.3）',
  ])
    expect(withoutRatedPeriod(t)).toBe(t);
});

test('with the note a policy sheet’s rating label is still its rating label; other labels never carry it', () => {
  expect(classifyMeta('施策の達成状況\n（対象：R6）')).toBe('groupGrade');
  expect(classifyMeta('施策の達成状況（R6）')).toBeNull();
  expect(classifyMeta('担当課（対象：R6）')).toBeNull();
});

/** A 施策評価シート's header: the rating label with its year noted, the rating cell empty, last year's 「（A）」 right of it. */
const sheet = (label: string) =>
  snap('施策3-2', [
    ['令和６年度　施策評価シート（評価対象期間：令和６年度）'],
    [],
    ['基本方針', '３　知と人材が循環するまち'],
    ['基本施策', '３－２　公立大学と連携した地域人材の育成'],
    ['担当部等', '企画政策部　大学連携推進課'],
    [label, null, '（A）', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている　※（　）内は前年度の評価'],
    [],
    ['成果指標①', '市内就職率'],
    ['単位', '％'],
    ['年度', 'R5', 'R6'],
    ['実績値', 33.6, 35.2],
    ['期待値', 36.0, 38.0],
  ]);

test('the empty cell beside 「施策の達成状況（対象：R6）」 is the sheet’s rating, last year’s （A） beside it', () => {
  const { report } = checkWorkbook({ sheets: [sheet('施策の達成状況\n（対象：R6）')] }, {});
  expect(report.groups.map((g) => [g.cell, g.grade, g.previousGrade])).toEqual([['B6', 'B', 'A']]);
});

test('a bare year after the label (a label of no rating) keeps the old reading: no rating cell', () => {
  const { report } = checkWorkbook({ sheets: [sheet('施策の達成状況（R5）')] }, {});
  expect(report.groups.map((g) => g.cell)).toEqual([]);
});
