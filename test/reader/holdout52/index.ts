/**
 * The reader's 52nd, blind hold-out set (issue 16): the four known families, three workbooks each, written the way yet
 * other cities write them — policy blocks with 前年度 and 当年度 side by side, blocks with 実績値 above 期待値 over two
 * printed pages with the headings repeated, the plan's 年次 as period headings with a ↑/↓ column; project tables with
 * 事業費 rows interleaved with the indicator rows, 上半期/下半期/年度計 column pairs, seed-002 labelled text cells;
 * KPI tables with 2023.3-style period ends, 目標|実績 column pairs per period end, units in a row of their own and no
 * year written (a guess); plan indicators with 中間値 and 最新値 columns, stacked 基本目標 tables, and a 中間目標 only
 * for some rows. Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each
 * with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 52, on commit f936161, before any change to expectations):
 *   all hold-out 52                   495    80.8 %    11.7 %      50      42      7    11/12
 * (495 facts: 80.8 % right, 11.7 % wrong, 50 missed, 42 silent, 7 flags, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout52Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout52Workbook };
export { holdout2Bytes as holdout52Bytes, runHoldout2 as runHoldout52 } from '../holdout2';

export const HOLDOUT52: Holdout52Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
