/**
 * The reader's twenty-fourth, blind hold-out set (issue 16): the four known families (施策評価シート, 事業実績,
 * KPI per period, 計画の指標) as yet other offices lay them out, three workbooks each, written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 24 on the committed reader 819b602, before any change to expectations):
 *   all hold-out 24                   483    97.9 %     2.3 %       0      11      1    12/12
 * (483 facts: 97.9 % right, 2.3 % wrong, 0 missed, 11 silent, 1 flag, 12/12 workbooks flagged as expected). No expectation
 * corrected after it.
 */
import type { Holdout2Workbook as Holdout24Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpiTables';
import { PLAN_INTERIM_TURNED, healthTwoSheets } from './planIndicators';
import { POLICY_TILED_STACKED, yearRowsBlocks } from './policySheets';
import { PROJECT_WORKBOOKS } from './projectTables';

export type { Holdout24Workbook };
export { holdout2Bytes as holdout24Bytes, runHoldout2 as runHoldout24 } from '../holdout2';

export const HOLDOUT24: Holdout24Workbook[] = [
  ...POLICY_TILED_STACKED,
  yearRowsBlocks,
  ...PROJECT_WORKBOOKS,
  ...KPI_WORKBOOKS,
  ...PLAN_INTERIM_TURNED,
  healthTwoSheets,
];
