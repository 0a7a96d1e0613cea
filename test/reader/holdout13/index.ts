/**
 * The reader's thirteenth, blind hold-out set (issue 16): the four known families as yet other
 * offices lay them out after the seeds (stacked 北上-style blocks, 達成度 words, text figures,
 * 平成 month-end KPI periods, FY sub-columns, interim/final plan targets, final-only targets, two
 * policies on a sheet, two measures in a cell, years as rows), written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads.
 * Built, read and scored exactly as hold-outs 2 to 12 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 13, before any change to expectations),
 * measured on the committed reader dc66d5a in a separate worktree:
 *   all hold-out 13                   282    99.6 %     1.1 %       0       3      0    10/10
 * (282 facts: 99.6 % right, 1.1 % wrong, 0 missed, 3 silent, 0 flags, 10/10 workbooks flagged as expected).
 * Output saved at the time in /work/tmp/h13-first-blind.txt.
 */
import type { Holdout2Workbook as Holdout13Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout13Workbook };
export { holdout2Bytes as holdout13Bytes, runHoldout2 as runHoldout13 } from '../holdout2';

export const HOLDOUT13: Holdout13Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
