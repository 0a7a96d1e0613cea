/**
 * The reader's thirtieth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out (stacked and tiled policy sheets, text figures, half-year and 累計 KPIs, plan indicators
 * with 中間目標 / FY headings / a hidden column, several sheets, a workbook with no stated year),
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored exactly as
 * hold-outs 2 to 29 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 30, committed reader at COMMIT, before any change to expectations):
 *   FIGURE
 */
import type { Holdout2Workbook as Holdout30Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout30Workbook };
export { holdout2Bytes as holdout30Bytes, runHoldout2 as runHoldout30 } from '../holdout2';

export const HOLDOUT30: Holdout30Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
