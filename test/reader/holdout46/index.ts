/**
 * The reader's forty-sixth, blind hold-out set (issue 16): the four known families as yet other offices lay
 * them out, plus six other shapes, written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules) and one or two traps
 * that tempt a silent mistake (a 全国平均 / 県平均 / 類似団体平均 beside 実績, 単年度目標 beside 最終目標, ％ as
 * fractions and as 「85％」, a pending 「ー」/「—」 beside last year's figure, one indicator name under two
 * policies, a direction told only by 目標 < 基準値, 実績値（千人） against 「12,000人」, a hidden copy of last
 * year's table, 「（削除）」 and struck-through rows, formula targets, a merged actual stated to be shared).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 46 on the committed reader 7aae5c7, 2026-12-02 04:56 UTC,
 * before any change to expectations):
 *   all hold-out 46                   388    94.8 %     5.7 %       0      22      3    12/12
 * (388 facts: 94.8 % right, 5.7 % wrong counting 2 spurious indicators, 0 missed, 22 silent, 3 flags, 12/12 flagged as expected).
 */
import type { Holdout2Workbook as Holdout46Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS_AB } from './families';
import { FAMILY_WORKBOOKS_CD } from './familiesCD';
import { OTHER_WORKBOOKS_1 } from './others';
import { OTHER_WORKBOOKS_2 } from './others2';

export type { Holdout46Workbook };
export { holdout2Bytes as holdout46Bytes, runHoldout2 as runHoldout46 } from '../holdout2';

export const HOLDOUT46: Holdout46Workbook[] = [...FAMILY_WORKBOOKS_AB, ...FAMILY_WORKBOOKS_CD, ...OTHER_WORKBOOKS_1, ...OTHER_WORKBOOKS_2];
