/**
 * The reader's 36th, blind hold-out set (issue 16): the four known families as yet other offices lay
 * them out (a 2×2 grid of blocks with 基準値 and 最終目標 beside the years, blocks three across, a 前年度
 * copy, a summary sheet that only repeats figures, 活動指標/成果指標 row pairs, half-year KPI columns,
 * years as rows, several KPI tables with shifted periods, 中間目標/最終目標 plans, actuals of mixed years),
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each
 * with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 35
 * (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 36, committed reader 9fc3a49, 2026-12-01 22:56 UTC, before any change to expectations):
 *   all hold-out 36                   380    94.5 %     7.1 %       0      17      5    11/12
 * (380 facts: 94.5 % right, 7.1 % wrong (27 wrong facts, 6 of them spurious summary-sheet indicators), 0 missed, 17 silent,
 * 5 flags, 11/12 workbooks flagged as expected). Not read right then: h36-01, h36-05, h36-07, h36-10 (HOLDOUT36_FAILING).
 */
import type { Holdout2Workbook as Holdout36Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_GRID_WORKBOOKS } from './policy';
import { POLICY_SHEET_WORKBOOKS } from './policy2';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout36Workbook };
export { holdout2Bytes as holdout36Bytes, runHoldout2 as runHoldout36 } from '../holdout2';

/** In the order of their names (h36-01 … h36-12). */
export const HOLDOUT36: Holdout36Workbook[] = [
  ...POLICY_GRID_WORKBOOKS,
  ...PROJECT_WORKBOOKS,
  ...KPI_WORKBOOKS,
  ...PLAN_WORKBOOKS,
  ...POLICY_SHEET_WORKBOOKS,
].sort((a, b) => a.name.localeCompare(b.name));
