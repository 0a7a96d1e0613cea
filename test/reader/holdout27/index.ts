/**
 * The reader's twenty-seventh, blind hold-out set (issue 16): eleven shapes outside the four known
 * families (an external-review handout, a system export of 事務事業評価, plan progress tables, a monthly
 * report, indicator cards, split target/actual sheets, years as rows, side-by-side tables, a policy form,
 * a 総合戦略 KPI list), written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 26 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 27, committed reader e1eaf29, before any change to expectations):
 *   all hold-out 27                   326    89.6 %     4.3 %      24      13      1    10/11
 * (326 facts: 89.6 % right, 4.3 % wrong, 24 missed, 13 silent, 1 flag, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout27Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { KPI_WORKBOOKS } from './kpi';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout27Workbook };
export { holdout2Bytes as holdout27Bytes, runHoldout2 as runHoldout27 } from '../holdout2';

export const HOLDOUT27: Holdout27Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS, ...KPI_WORKBOOKS];
