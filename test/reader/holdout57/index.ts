/**
 * The reader's 57th, blind hold-out set (issue 16): the four known families in yet other cities' conventions —
 * year headings 「R5(2023)」 and 「2023(R5)」, figures typed with their unit (「11,268人」「96.1%」), 事業 rows with
 * 活動指標/成果指標 sub-rows or column groups, a 目標年度 per row, 前年度評価 beside 今年度評価, 「①-1」「1-(2)-1」
 * numbers, 達成見込み columns, one sheet per 部局 with a 総括 sheet, and a KPI table with no year written (a guess).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 57, on commit 1332d92, before any change to expectations):
 *   all hold-out 57                   446    82.3 %     3.6 %      72       4     10    10/12
 * (446 facts: 82.3 % right, 3.6 % wrong, 72 missed, 4 silent, 10 flags, 10/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout57Workbook } from '../holdout2/kit';
import { MORE_WORKBOOKS } from './more';
import { POLICY_WORKBOOKS } from './policies';
import { PROJECT_WORKBOOKS } from './projects';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout57Workbook };
export { holdout2Bytes as holdout57Bytes, runHoldout2 as runHoldout57 } from '../holdout2';

export const HOLDOUT57: Holdout57Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...TABLE_WORKBOOKS, ...MORE_WORKBOOKS];
