/**
 * The reader's twenty-first, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus seven other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 21, before any change to expectations):
 *   (to be measured)
 */
import type { Holdout2Workbook as Holdout21Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout21Workbook };
export { holdout2Bytes as holdout21Bytes, runHoldout2 as runHoldout21 } from '../holdout2';

export const HOLDOUT21: Holdout21Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
