/**
 * The reader's ninth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus five other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 8 (groups matched by sheet and cell).
 * FIRST BLIND figure (npm run bench:reader:holdout9, before any change to expectations):
 *   all hold-out 9                    253    85.4 %     2.8 %      30       7      1    10/11
 * (253 facts: 85.4 % right, 2.8 % wrong, 30 missed, 7 silent, 1 flag, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout9Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout9Workbook };
export { holdout2Bytes as holdout9Bytes, runHoldout2 as runHoldout9 } from '../holdout2';

export const HOLDOUT9: Holdout9Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
