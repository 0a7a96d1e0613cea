/**
 * The reader's twenty-first, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus seven other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 21, before any change to expectations):
 *   all hold-out 21                   338    93.5 %     6.5 %       0      12      9    10/12
 * (measured at 18:06 UTC on commit a5dae79 in a clean worktree: 338 facts, 93.5 % right, 6.5 % wrong, 0 missed,
 * 12 silent, 9 flags, 10/12 workbooks flagged as expected; full output: /work/tmp/h21-first-blind.txt at the time).
 */
import type { Holdout2Workbook as Holdout21Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout21Workbook };
export { holdout2Bytes as holdout21Bytes, runHoldout2 as runHoldout21 } from '../holdout2';

export const HOLDOUT21: Holdout21Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
