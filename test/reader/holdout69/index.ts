/**
 * The reader's 69th, blind hold-out set: the four known layout families as six small and mid-size cities write them (a tiled
 * 施策評価シート, a stacked one with 期待値/目標値 rows and 西暦 years, two project tables with targets and actuals as text, a
 * 創生総合戦略 KPI table by 3月末 periods, a plan-indicator table with years in the cells) and six workbooks that tempt a silent
 * wrong reading (range targets 「80～90」 read at the lower bound as the sheet says, ポイント figures beside ％ actuals,
 * 「前年度以上」 with last year's figure in the row, 集計中/未集計 actuals, 暦年 reference columns and a 参考 table of the
 * prefecture's KPIs, 累計 targets beside single-year actuals, 千人 targets with actuals written in 人, hidden last-year columns
 * and a final target beyond the evaluation year). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 69, on commit 7ddb30e, before any change to expectations):
 *   all hold-out 69                   507    97.6 %     2.8 %       0      12      2     9/12
 * (507 facts: 97.6 % right, 2.8 % wrong, 0 missed, 12 silent, 2 flags, 9/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout69Workbook } from '../holdout2/kit';
import { CITY_WORKBOOKS } from './cities';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout69Workbook };
export { holdout2Bytes as holdout69Bytes, runHoldout2 as runHoldout69 } from '../holdout2';

export const HOLDOUT69: Holdout69Workbook[] = [...CITY_WORKBOOKS, ...TRAP_WORKBOOKS];
