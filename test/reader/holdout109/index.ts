/**
 * The reader's 109th, blind hold-out set: "tax collection, receipts and counter services" (税務・収納・窓口サービスの進行管理:
 * 税務課・納税課・市民課). Four workbooks of the four families (a 施策評価シート 2-3 with five blocks tiled two across, 実績値／期待値
 * R2（現状値）〜R7, a 方向 ↑／↓ row with its legend and an empty 達成状況評価 cell beside last year's 「（B）」, where 99.15 against
 * 99.20 is a B; a 納税課 事務事業実績 with text figures 「差押件数　1,200件」「24回開設（相談者 延べ312人）」, one 未実施 and
 * 現年分／滞納繰越分 as two measures in one cell; a 市民課 窓口 KPI table 目標値／実績値 per 年度 with 「40手続」, 短縮 in 備考 and a
 * 集計中; a 市税等収納率向上計画 with 「98.86⏎（令和3年度）」, 目標（R8） and 削減 in 指標の説明); four outside them (a 市税収納状況
 * （決算） with 税目 merged over 現年課税分／滞納繰越分 sub-rows, 調定額・収入額（千円） and the 収納率 derived beside them, 前年度収納率
 * and 県平均 as reference; 納付方法別 割合 with years as rows and a 目標値 row at the bottom; 窓口サービス改善 取組シート one per
 * sheet with 方向, 達成率 and a written 評価; a 窓口満足度調査 with 前年度比 「▲1.3」 and a survey not held this year); three traps
 * (決算見込 and 決算確定 under 令和６年度 on either side of the target, the sheet grading by 確定; 徴収対策 活動指標 (差押件数: more is
 * the plan) beside 成果指標 with 減少 only in 備考; a 出納閉鎖 sheet whose last columns are 令和７年度 ５月末現在 and 前年度同期比).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk
 * reads (the samples README's rules). Built, read and scored as hold-outs 2 to 108.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 109, on commit f69194e, before any change to expectations):
 *   all hold-out 109                  470    71.3 %     2.1 %     126      10      0    11/11
 * (470 facts: 71.3 % right, 2.1 % wrong, 126 missed, 10 silent, 0 flags, 11/11 workbooks flagged as expected; 5 of the 11
 * workbooks read right). One expectation changed after that run: h109-shizei-shuno-chotei's names of a 税目 merged over its
 * 現年課税分／滞納繰越分 rows are 「個人市民税（現年課税分）」, 「市税合計（合計）」 (name and row qualifier in brackets, as set 34's
 * 「健康寿命（男性）」), not 「個人市民税現年課税分」.
 */
import type { Holdout2Workbook as Holdout109Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout109Workbook };
export { holdout2Bytes as holdout109Bytes, runHoldout2 as runHoldout109 } from '../holdout2';

export const HOLDOUT109: Holdout109Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
