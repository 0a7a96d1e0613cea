/**
 * The reader's 171st, blind hold-out set: "歯科保健・口腔保健・フレイル予防". Four workbooks of the four families (a 令和４年度
 * 施策評価シート 「歯と口腔の健康づくりの推進」 with four stacked blocks R1（現状値）…R7, 実績値／期待値 rows, ↓（減少）, a block
 * with only the R7 目標値, a 集計中 and an empty 施策の達成状況 beside last year's 「（B）」; a 令和５年度 事業実績 of 歯科口腔保健
 * 推進事業 with text figures 「受診者数 388人」, 「開催回数 20回⏎参加者数 298人」 in one cell and a 未実施; a KPI table with
 * 目標値／実績値 rows per 令和2年度…令和6年度 for 令和３年度, values 「1,134 人」, a 「－」 actual and ◎○ with a worded legend;
 * a 第２次歯科口腔保健推進計画 成果指標 table of 令和６年度 with 「92.1⏎（令和6年度）」 and a blank 実績); four outside them
 * (a 令和２年度 歯科健診 月別実施状況 with 「休止」 months, 年度計 by formula and 年度目標; a 事務事業評価シート one 事業 per sheet
 * with 令和5年度実績 beside 令和6年度目標／実績 and a ↓; a フレイル予防 推移 table with years as rows and 目標／実績 pairs; a 健康
 * 増進計画 中間評価 with 中間目標 and 最終目標 columns and a–d 評価 by improvement); three traps (a 令和４年度 進捗管理表 with
 * 令和5年度（9月末現在） filled, 単年度 and 累計 rows, a 「－」 target and ％ stored as fractions; a 令和元年度 成果指標評価表 with
 * 「50％以上」, 「県平均以上」 and the 県平均 in 備考, full-width figures and its own Ａ100／Ｂ80／Ｃ50 scale; a 第８期介護保険事業
 * 計画 自己評価 with 3か年累計 targets beside single-year actuals and a 累計 column). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 170.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 171, on commit c070cc8, before any change to expectations):
 *   all hold-out 171                  319    92.5 %     2.5 %      18       7      1    10/11
 * (319 facts: 92.5 % right, 2.5 % wrong, 18 missed, 7 silent, 1 flag, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout171Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout171Workbook };
export { holdout2Bytes as holdout171Bytes, runHoldout2 as runHoldout171 } from '../holdout2';

export const HOLDOUT171: Holdout171Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
