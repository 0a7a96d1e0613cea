/**
 * The reader's 26th, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 26, committed reader FIGURE_COMMIT, before any change to expectations):
 *   FIGURE_LINE
 */
import type { Holdout2Workbook as Holdout26Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout26Workbook };
export { holdout2Bytes as holdout26Bytes, runHoldout2 as runHoldout26 } from '../holdout2';

export const HOLDOUT26: Holdout26Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
