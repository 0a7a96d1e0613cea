/**
 * The reader's nineteenth, blind hold-out set (issue 16): the four known families (A 施策評価シート,
 * B 事業実績, C KPI per period, D plan indicators), three workbooks each, as yet other city offices lay
 * them out, written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored
 * exactly as hold-outs 2 to 18 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 19, on the committed reader, before any change to expectations):
 *   (to be measured)
 */
import type { Holdout2Workbook as Holdout19Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout19Workbook };
export { holdout2Bytes as holdout19Bytes, runHoldout2 as runHoldout19 } from '../holdout2';

export const HOLDOUT19: Holdout19Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
