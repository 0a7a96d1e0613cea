/**
 * The reader's 124th, blind hold-out set: "中山間地域・集落支援・地域運営組織". Four workbooks of the four families (a 令和４年度
 * 施策評価シート with four indicator blocks tiled two across, R1…R7 with R2（現状値）, 実績値／期待値 rows 「期待値⏎※R7は目標値」,
 * a 集計中 and an empty 達成状況評価 beside last year's 「（B）」; a 令和５年度 事業実績 of 地域おこし協力隊・集落支援員・地域運営組織
 * projects with text figures 「集落点検実施集落数 23集落」, two measures 「設立支援:2団体 活動交付金:15団体」 and one 未実施; a
 * 過疎地域持続的発展計画 KPI table with 目標値／実績値 rows per 令和3年度…令和7年度, values 「27 人」 and 「-」 targets, 令和６年度
 * evaluated; a 令和３年度 集落対策 plan indicator table with 「4⏎（令和元年度）」, 目標（R7）, 方向 ↑／↓ and a 集計中); four outside
 * them (a 地域おこし協力隊 受入・定住状況 with years as rows and 目標／実績 pairs, 事務事業評価シート one 事業 per sheet with 活動指標
 * and 成果指標, a 過疎計画 進捗管理表 with 基準値（R2）, 目標値（R7）, R3…R6 実績 and ○×, a 令和７年度 集落対策 点検表 with the unit
 * in the heading and written A–D); three traps (a 令和５年度 実績評価 with 令和６年度（9月末現在） already filled and 累計／単年度
 * rows of one indicator, 成果指標 with 「現状維持」「前年度以上」 targets, full-width figures and 備考 holding other years' numbers,
 * a 令和２年度 評価調書 with ％ stored as fractions beside a 達成率 column). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 123.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 124, on commit 6a9c35a, before any change to expectations):
 *   all hold-out 124                  300   100.0 %     0.0 %       0       0      0    11/11
 * (300 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout124Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout124Workbook };
export { holdout2Bytes as holdout124Bytes, runHoldout2 as runHoldout124 } from '../holdout2';

export const HOLDOUT124: Holdout124Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
