/**
 * The reader's 50th, blind hold-out set (issue 16): TRAPS that tempt a confident wrong grade — a revised 期待値 or
 * 修正目標 beside the original, precomputed 達成率 columns and rows, 前年度実績 beside the year's, a 累計 target with both
 * single-year and cumulative actual rows, ％ as fractions, targets and actuals in different units (６割 / ％, 万人 / 人),
 * 以下・減少・少ないほど良い only in a 備考 or 説明, an actual the 備考 says is last year's copied (集計中), hidden rows and
 * columns of the former plan, two years' tables on one sheet, 参考指標 blocks in the main table's shape, 計 rows, a 再掲
 * row, written grades that disagree with the figures, and a table that states no year (a guess). Half in the four
 * families' shapes (A ×2, B, C, D ×2). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 50, on commit 4c07260, before any change to expectations):
 *   all hold-out 50                   457    91.9 %     9.2 %       6      40      3    10/12
 * (457 facts: 91.9 % right, 9.2 % wrong (spurious indicators count as wrong, not as facts), 6 missed, 40 silent, 3 flags,
 * 10/12 workbooks flagged as expected).
 * The same reader once the expectations follow the project's conventions (written grades in the standard scale's words given as letters, and a target in 万人 against an actual in 人 read in the target's unit (hold-out 39's convention); lettersForScaleWords in
 * ../holdout2/kit.ts), still before any change to the reader:
 *   all hold-out 50                   457    94.5 %     6.6 %       6      28      3    10/12
 */
import { lettersForScaleWords, type Holdout2Workbook as Holdout50Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout50Workbook };
export { holdout2Bytes as holdout50Bytes, runHoldout2 as runHoldout50 } from '../holdout2';

export const HOLDOUT50: Holdout50Workbook[] = lettersForScaleWords([
  ...POLICY_WORKBOOKS,
  ...PROJECT_WORKBOOKS,
  ...PLAN_WORKBOOKS,
  ...TABLE_WORKBOOKS,
  ...OTHER_WORKBOOKS,
]);
