/**
 * The reader's 77th, blind hold-out set (issue 16): the four families as six more cities (東山市, 北川市, 南浜市, 西原市,
 * 青葉市, 中野台市) lay them out, with these traps: 目標値 revised mid-plan (a 修正期待値（上方修正） row, 当初目標/修正目標
 * columns with 「－」 for unchanged, a 目標値（上方修正後） KPI row — the revised one is the target), 基準値 columns next to the
 * targets, 累計 and 単年度 figures in one table (a 集計区分 column and a note say which), a 単位 column apart from the figures,
 * last-year actuals still 見込, a 目標年度 later than the evaluated year (中間目標（R5） beside 最終目標（R9）, a final target
 * only), and indicators listed twice (a 総括表/一覧 sheet and the 施策 sheets). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 77, on commit dda6f17, before any change to expectations):
 *   all hold-out 77                   474    96.8 %     3.2 %       0      15      0    11/11
 * (474 facts: 96.8 % right, 3.2 % wrong, 0 missed, 15 silent, 0 flags, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout77Workbook } from '../holdout2/kit';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { KPI_WORKBOOKS, PROJECT_WORKBOOKS } from './projects';

export type { Holdout77Workbook };
export { holdout2Bytes as holdout77Bytes, runHoldout2 as runHoldout77 } from '../holdout2';

export const HOLDOUT77: Holdout77Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS];
