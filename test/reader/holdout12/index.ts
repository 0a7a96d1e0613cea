/**
 * The reader's twelfth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus four other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (npm run bench:reader:holdout12, before any change to expectations):
 *   all hold-out 12                   346    97.1 %     1.2 %       6       4      5    11/11
 * (346 facts: 97.1 % right, 1.2 % wrong, 6 missed, 4 silent, 5 flags, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout12Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout12Workbook };
export { holdout2Bytes as holdout12Bytes, runHoldout2 as runHoldout12 } from '../holdout2';

export const HOLDOUT12: Holdout12Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
