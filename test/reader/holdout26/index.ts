/**
 * The reader's 26th, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 26, committed reader 82010b3, before any change to expectations):
 *   all hold-out 26                   310    98.7 %     1.3 %       0       4      0    11/11
 * (310 facts: 98.7 % right, 1.3 % wrong, 0 missed, 4 silent, 0 flags, 11/11 workbooks flagged as expected; wrong: a 「－」
 * 計画値 not falling back to 目標値（Ｒ７）, and a unit written as （kW） in the name heading).
 */
import type { Holdout2Workbook as Holdout26Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout26Workbook };
export { holdout2Bytes as holdout26Bytes, runHoldout2 as runHoldout26 } from '../holdout2';

export const HOLDOUT26: Holdout26Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
