/**
 * The reader's nineteenth, blind hold-out set (issue 16): the four known families (A 施策評価シート,
 * B 事業実績, C KPI per period, D plan indicators), three workbooks each, as yet other city offices lay
 * them out, written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored
 * exactly as hold-outs 2 to 18 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 19, on the committed reader a5dae79, 18:06 UTC, before any change to expectations):
 *   all hold-out 19                   392    91.3 %     2.6 %      24      10      2    11/12
 * (392 facts: 91.3 % right, 2.6 % wrong, 24 missed, 10 silent, 2 flags, 11/12 workbooks flagged as expected).
 * Corrected after it (an expectation of mine, not the reader): h19-d-year-notes-in-cells states no evaluation year
 * anywhere and its actuals carry different years (令和3年 / 令和4年度), so a clerk's period rests on a guess: guesses
 * ['period', 'other-year'] (first written without), which makes its flag expected (12/12).
 */
import type { Holdout2Workbook as Holdout19Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout19Workbook };
export { holdout2Bytes as holdout19Bytes, runHoldout2 as runHoldout19 } from '../holdout2';

export const HOLDOUT19: Holdout19Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
