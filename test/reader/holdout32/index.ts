/**
 * The reader's thirty-second, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out (a title year that is not the evaluated year, two policies tiled, merged two-row headings
 * with full-width digits, project tables with 前年度評価 / hidden / formula columns, KPI tables by 3月末,
 * by H31・R1 and by FY, plan tables with a 中間目標 or units and years inside the cells, a 表紙 sheet),
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with
 * the facts a clerk reads (the samples README's rules). Built, read and scored exactly as hold-outs 2 to 31.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 32, committed reader at aaa5156, before any change):
 *   all hold-out 32                   296    98.0 %     2.0 %       0       5      2    11/11
 * (296 facts: 98.0 % right, 2.0 % wrong, 0 missed, 5 silent, 2 flags, 11/11 flagged as expected). One expectation was then
 * corrected: "－" as 実績 is not-applicable (notes/evaluation-practice.md: － alone means none / not applicable), not missing;
 * after it, on the same commit: 296 facts, 98.3 % right, 1.7 % wrong, 0 missed, 4 silent.
 */
import type { Holdout2Workbook as Holdout32Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout32Workbook };
export { holdout2Bytes as holdout32Bytes, runHoldout2 as runHoldout32 } from '../holdout2';

export const HOLDOUT32: Holdout32Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
