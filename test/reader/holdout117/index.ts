/**
 * The reader's 117th, blind hold-out set: "a 教育委員会's 点検・評価 of its schools" (地教行法第26条の点検評価報告書). Four
 * workbooks of the four families (a 施策評価シート of three 施策 sheets whose indicator blocks run the years down each block,
 * R元（基準値）…R7（目標値） with 期待値｜実績値｜備考, 調査中止 in R2, R6 学力 results as 参考, a 速報値 and a block with only the
 * R7 目標値, and an empty 施策の達成状況 cell beside last year's 「（B）」; a 主な取組の実績 table with 施策 merged down, text figures
 * 「ICT支援員派遣回数 年720回」, two measures in one cell, a 未実施 with its reason and a 自己評価 scale of its own (C ≥ 50 %); a
 * 総合戦略 KPI table of 目標値／実績値 rows that states no year (a period guess), 減少 in 備考 and 「－」 targets; a 教育振興基本計画
 * 成果指標 table with the year in each cell and one 令和４年度 actual); four outside them (生徒指導の状況 with 年度 rows under
 * 児童（小学校）｜生徒（中学校） groups and 学校数・児童数 context columns and a 目標値 row; a 事務事業評価シート per 事業 with 事業費 and a
 * 達成度; GIGAスクール 小学校｜中学校 pairs under each year's 目標値／実績値; 学校給食・食育 targets and actuals on two sheets joined by
 * 指標ID); three traps (a 学力・体力調査 sheet whose 目標 is the 全国平均との差 in ポイント, a 報告書 titled 令和６年度 that evaluates
 * 令和５年度 with 令和６年度 目標｜実績（見込） filled, a 施設整備 table whose 実績値 splits 単年度｜累計（年度末時点）). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored as hold-outs 2 to 116.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 117, on commit 7ba9ff8, before any change to expectations):
 *   all hold-out 117                  641    80.8 %    13.6 %      48      38     20     8/11
 * (641 facts: 80.8 % right, 13.6 % wrong, 48 missed, 38 silent, 20 flags, 8/11 workbooks flagged as expected; 5 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout117Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout117Workbook };
export { holdout2Bytes as holdout117Bytes, runHoldout2 as runHoldout117 } from '../holdout2';

export const HOLDOUT117: Holdout117Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
