/**
 * The reader's 179th, blind hold-out set: "GIGAスクール・ICT教育・教員の働き方改革". Four workbooks of the four families (a
 * 令和４年度 施策評価シート of 施策3-2 with four stacked blocks R2（現状値）…R7（目標値）, 実績値／期待値 rows, 目指す方向 ↓（減少）
 * and an empty 施策の達成状況 cell beside last year's 「（B）」; a 令和３年度 学校ICT推進事業 事業実績 with text figures 「整備校 27校」,
 * two measures 「導入校 27校⏎操作研修 4回」 and one 未実施; a 第２期総合戦略 KPI table at 令和3年3月末 with 目標値／実績値 rows,
 * 「100 ％」「-」 and ◎○△× under a worded legend; a 教育振興基本計画 成果指標 table with 「69.8⏎（令和元年度）」, 目標（R7）,
 * 「86.2⏎（令和５年度）」, 集計中 and 減少を目指す in the 説明); four outside them (a 令和４年度 月別 時間外在校等時間 集計 with
 * 年度平均 and 縮減目標, 事務事業評価シート one 事業 per sheet with its own Ａ100／Ｂ90／Ｃ70 scale, a 児童生徒アンケート推移 with
 * years as rows and （％） in the headings, a 令和７年度 働き方改革 数値目標 with 目標／実績 pairs under merged years); three traps
 * (a 研修 実施状況 whose 目標 is 累計 beside a 単年度 row, a 成果指標評価表 with 「全校」「拡充」 targets, full-width figures and
 * （参考） notes, a 年度別推移 with a 令和５年度（９月末現在） column filled and ％ stored as fractions). Written without looking at
 * the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 178.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 179, on commit 6a6d6a6, before any change to expectations):
 *   all hold-out 179                  256    94.9 %     0.4 %      12       1      0    11/11
 * (256 facts: 94.9 % right, 0.4 % wrong, 12 missed, 1 silent, 0 flags, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout179Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout179Workbook };
export { holdout2Bytes as holdout179Bytes, runHoldout2 as runHoldout179 } from '../holdout2';

export const HOLDOUT179: Holdout179Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
