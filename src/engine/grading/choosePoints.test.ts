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
