/** A target naming the baseline as its floor (現状値以上) is the baseline, as 現状維持 is. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

test.each(['現状値以上', '基準値以上', '現状維持'])('a target written %s is the baseline', (target) => {
  const sheet = snap('成果', [
    ['指標名', '単位', '基準値（R2）', '目標値（R5）', '実績値（R5）'],
    ['市民の健康づくり実践率', '％', 72.4, target, 70.1],
  ]);
  const [ind] = checkWorkbook({ sheets: [sheet] }, {}).report.indicators;
  expect([ind.target, ind.actual, ind.grade]).toEqual([72.4, 70.1, 'B']);
});

/** A block's rows: R2〜R7 headings, the 実績値 and 期待値 lines as given. */
const block = (actuals: (number | string | null)[], expected: (number | string | null)[]) =>
  snap('施策', [
    ['令和6年度　施策評価シート'],
    ['評価対象年度', '令和6年度'],
    ['成果指標①', '「子育てしやすい」と感じる市民の割合', null, null, null, '単位', '％'],
    ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    ['実績値', ...actuals],
    ['期待値', ...expected],
  ]);

test('the year’s target 「－」 beside its actual 「－」 or 調査なし (a survey’s off year): the final target is the target, no grade', () => {
  for (const off of ['－', '調査なし']) {
    const [ind] = checkWorkbook({ sheets: [block([48.2, 51, '－', 53.6, off, null], [null, 50, '－', 54, '－', 58])] }, {}).report.indicators;
    expect([ind.target, ind.targetSource, ind.actual, ind.actualStatus, ind.grade]).toEqual([58, 'final', null, 'not-applicable', null]);
  }
});

test('the year’s target 「－」 beside a figure, or beside a blank actual: still no target (holdout 4)', () => {
  const withFigure = checkWorkbook({ sheets: [block([48.2, 51, '－', 53.6, 55.0, null], [null, 50, '－', 54, '－', 58])] }, {}).report;
  expect([withFigure.indicators[0].target, withFigure.indicators[0].grade]).toEqual([null, null]);
  expect(withFigure.findings.some((f) => f.code === 'missing-target')).toBe(true);
  const blank = checkWorkbook({ sheets: [block([48.2, 51, '－', 53.6, null, null], [null, 50, '－', 54, '－', 58])] }, {}).report;
  expect(blank.indicators[0].target).toBeNull();
});

test('a measure not begun (「R6から実施」, or 「－」 with no earlier figure): the year’s 「－」 target stays no target (holdout 39)', () => {
  for (const actuals of [
    [null, null, null, '－', 'R7から実施', null],
    [null, null, null, '－', '－', null],
  ]) {
    const [ind] = checkWorkbook({ sheets: [block(actuals, [null, null, null, '－', '－', 20])] }, {}).report.indicators;
    expect(ind.target).toBeNull();
  }
});
