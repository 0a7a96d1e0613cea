/**
 * The reader's 28th, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus four other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 27 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 28, before any change to expectations):
 *   all hold-out 28                   273    96.3 %     3.7 %       0      10      1    12/12
 * (measured on commit 954e889: 273 facts, 96.3 % right, 3.7 % wrong, 0 missed, 10 silent, 1 flag, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout28Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout28Workbook };
export { holdout2Bytes as holdout28Bytes, runHoldout2 as runHoldout28 } from '../holdout2';

export const HOLDOUT28: Holdout28Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
