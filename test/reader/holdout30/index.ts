/**
 * The reader's thirtieth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out (stacked and tiled policy sheets, text figures, half-year and 累計 KPIs, plan indicators
 * with 中間目標 / FY headings / a hidden column, several sheets, a workbook with no stated year),
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored exactly as
 * hold-outs 2 to 29 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 30, committed reader at 5862892, before any change to expectations):
 *   all hold-out 30                   230    97.0 %     3.0 %       0       7      1    10/10
 * (230 facts: 97.0 % right, 3.0 % wrong, 0 missed, 7 silent, 1 flag, 10/10 workbooks flagged as expected).
 * Corrected since: 移住体験ツアー's 「約120人」 is an approximate actual (test/reader/model.ts marks 約 so), not a plain value.
 */
import type { Holdout2Workbook as Holdout30Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout30Workbook };
export { holdout2Bytes as holdout30Bytes, runHoldout2 as runHoldout30 } from '../holdout2';

export const HOLDOUT30: Holdout30Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
