/**
 * The reader's sixteenth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out (three policy-sheet workbooks, two project tables, three KPI tables, two plan-indicator
 * tables), written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 15 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 16, on commit 1624e32, before any change to expectations):
 *   all hold-out 16                   320    69.1 %     5.0 %      91      10      6     9/10
 * (320 facts: 69.1 % right, 5.0 % wrong, 91 missed, 10 silent, 6 flags, 9/10 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout16Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plan';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout16Workbook };
export { holdout2Bytes as holdout16Bytes, runHoldout2 as runHoldout16 } from '../holdout2';

export const HOLDOUT16: Holdout16Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
