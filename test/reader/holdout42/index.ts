/**
 * The reader's 42nd, blind hold-out set (issue 16): trap workbooks, half in the four known families and half in other
 * layouts, written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules; a city's own 【評価基準】 bands where the sheet states them). Traps:
 * a 期待値 / 目標 revised during the year, 集計中 or blank actuals beside a 見込み column, 達成率 formulas cached as
 * #DIV/0! / #REF!, hidden columns of last year's figures, ranged and relative targets (「45～60%」「前年度以上」), the
 * city's own grading bands, monthly actuals with a SUM year total, targets in 万人 / 億円 beside a 人 / 千円 unit,
 * 評価 on some rows only, 西暦 headings under a 令和 title. Built, read and scored exactly as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 42 on the committed reader ebc74e3, in a worktree, before any
 * change to expectations):
 *   all hold-out 42                   425    93.2 %     7.3 %       0      27      5    10/12
 * (425 facts: 93.2 % right, 7.3 % wrong (spurious indicators count as wrong facts), 0 missed, 27 silent, 5 flags,
 * 10/12 workbooks flagged as expected; 7 of 12 workbooks not read right).
 */
import type { Holdout2Workbook as Holdout42Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout42Workbook };
export { holdout2Bytes as holdout42Bytes, runHoldout2 as runHoldout42 } from '../holdout2';

export const HOLDOUT42: Holdout42Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
