/**
 * The reader's 149th, blind hold-out set: "感染症対策・予防接種・健康危機管理". Four workbooks of the four families (a 令和５年度
 * 施策評価シート of 評価対象期間：令和４年度 with four indicator blocks tiled two across, R2（現状値）…R7（目標値）, 期待値 rows,
 * 目指す方向 ↓（減少） and an empty 達成状況評価 cell beside last year's 「（B）」; a 令和６年度 事業実績 of 予防接種・感染症対策
 * projects with text figures 「個別通知 11,460件」, 「出前講座：18回⏎参加者：530人」, full-width 「１，６２８件」 and one 未実施; a
 * 総合戦略 KPI table with 目標値／実績値 rows per 令和4年3月末…令和7年3月末, values 「284 人」, "-" targets and ○×; a 感染症予防計画
 * 点検評価一覧 with 「92.4⏎（令和4年度）」, 目標（R9）, 目標の方向 増加／減少 and a 集計中); four outside them (a 定期予防接種実施状況
 * with one row per vaccine and a 「－」 目標接種率, a 年度別推移 with years as rows and 目標値／目指す方向 rows below, a 事務事業評価
 * シート one 事業 per sheet with R4実績・R5目標・R5実績・達成率・R6目標, and a 進捗管理表 with 目標／実績 pairs per 年度 and ↑↓ with a
 * 目標 0 under ↓); three traps (単年度 and 累計 実績 side by side with （累計） indicators and ％ stored as fractions, a 令和７年度
 * 評価 of 令和６年度実績 with targets 「前年度以上」「増加」「０件」 and 備考 that look like values, a 年度別推移 with 令和6年度（9月末
 * 現在） already filled beside the evaluated 令和5年度). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 148.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 149, on commit 9ec5784, before any change to expectations):
 *   all hold-out 149                  310    98.7 %     1.3 %       0       4      0    11/11
 * (310 facts: 98.7 % right, 1.3 % wrong, 0 missed, 4 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout149Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout149Workbook };
export { holdout2Bytes as holdout149Bytes, runHoldout2 as runHoldout149 } from '../holdout2';

export const HOLDOUT149: Holdout149Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
