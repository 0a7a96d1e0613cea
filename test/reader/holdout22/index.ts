/**
 * The reader's twenty-second, blind hold-out set (issue 16): the four known families (施策評価シート,
 * 事業実績, KPI per period, 計画の指標) as yet other offices lay them out, written without looking at
 * the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 22 on the committed reader 204c6bd, before any change to expectations):
 *   all hold-out 22                   337    75.7 %     5.0 %      76      12      6     9/11
 * (337 facts: 75.7 % right, 5.0 % wrong, 76 missed, 12 silent, 6 flags, 9/11 workbooks flagged as expected).
 * Then one expectation corrected (not the reader): in the two 事業実績 tables the indicator's name is the one in the
 * column headed 指標（活動・成果）/ 評価指標 (the samples README: "the indicator's name as written"), not the 事業名
 * first written; with it, on the same commit:
 *   all hold-out 22                   337    96.7 %     3.3 %       0       6      6     9/11
 */
import type { Holdout2Workbook as Holdout22Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout22Workbook };
export { holdout2Bytes as holdout22Bytes, runHoldout2 as runHoldout22 } from '../holdout2';

export const HOLDOUT22: Holdout22Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
