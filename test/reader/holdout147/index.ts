/**
 * The reader's 147th, blind hold-out set: "情報公開・個人情報保護・公文書管理". Four workbooks of the four families (a 令和５年度
 * 施策評価シート of 令和４年度 with five stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↑（増加）／↓（減少）,
 * a 集計中, full-width 「１０４」 and an empty 施策の達成状況 cell beside last year's 「（B）」; a 令和３年度 事業実績 of 情報公開・
 * 個人情報保護 projects with text figures 「閲覧・交付 1,056件」「研修：4回　受講者：271人」, 「出前講座 ３回」 and one 未実施; a
 * デジタル行政推進計画 KPI table (令和６年３月末現在) with 目標値／実績値 rows per 3月末, values 「162 件」「21.5 ％」「231 手続」 and
 * a 減少 KPI with a target of 0 件; a 公文書管理推進計画 成果指標 table with 「45.0⏎（令和２年度）」, 目標（R7）, 「1,１２０⏎（令和４
 * 年度）」 and a blank 実績); four outside them (情報公開制度の運用状況 with years as rows, the unit in the headings and one
 * 目標値（令和６年度） row; 事務事業評価シート one 事業 per sheet with 活動指標／成果指標, 達成率 and 未実施; a 令和２年度 審議会
 * 報告 with 【情報公開】 and 【個人情報保護】 tables side by side graded ◎○△× by a legend of bands alone; a 公文書館 運営指標
 * table with 目標／実績 pairs under each 年度); three traps (a 令和５年度実績 評価シート with the 令和６年度 columns already
 * filled (９月末現在) and 備考 figures; a 成果指標評価表 with targets 「前年度より増加」「全課で公表」「増加」 beside ％ stored as
 * fractions; a 進捗管理表 with 目標値（累計） beside 実績値（単年度） and 実績値（累計） rows). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 146.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 147, on commit 9ec5784, before any change to expectations):
 *   all hold-out 147                  341   100.0 %     0.0 %       0       0      0    11/11
 * (341 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout147Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout147Workbook };
export { holdout2Bytes as holdout147Bytes, runHoldout2 as runHoldout147 } from '../holdout2';

export const HOLDOUT147: Holdout147Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
