/**
 * The reader's 121st, blind hold-out set: "障害者福祉・生活困窮者自立支援・地域福祉". Four workbooks of the four families (a
 * 令和５年度施策評価シート（評価対象期間：令和４年度） with two 施策 on two sheets, indicator blocks tiled two across R2（現状値）…R7
 * with 実績値 and 期待値（※R7は目標値） rows, a 施設入所者数 whose 減少を目指す is only in its 説明 and 備考, a 集計中 and empty
 * 達成状況評価 cells beside last year's 「（B）」「（A）」; a 令和６年度 地域福祉計画（生活困窮者自立支援計画）推進事業 実績 with
 * text figures 「新規相談受付件数 436件」「参加者数 64人（延べ1,120人）」, two measures 「利用者:18人 就労・増収:5人」, a 未実施 and an
 * R5年度実績値 column beside; a 第６期障害福祉計画 KPI table with 目標値／実績値 rows per 令和3…5年度, values 「5,844 人日」, a
 * 集計中 and a "-" target, the period stated nowhere (R4 the latest year with actuals); a 第３次地域福祉計画 成果指標 table with
 * 「41.2⏎（令和5年度）」, 目標（R7） and 調査中); four outside them (a 第７期障害福祉計画 活動指標 table with 令和６・７・８年度 over
 * 見込量／実績／達成率, units 人日/月・人/月; a 生活困窮者自立支援 月別集計 with 年度計 SUM formulas, 年間目標 and a 「－」 target; a
 * 民生委員・児童委員活動の推移 with years as rows and a 目標値（令和６年度） row; a 地域福祉活動計画 with 目標一覧 and R5実績 on two
 * sheets joined by No.); three traps (a 成果目標 table with 集計区分 累計／単年度／年度末 and a 累計（R3～R5） column filled for
 * single-year rows too, 減少 only in the 備考; a 令和３年度 成果指標評価表 with ％ as fractions under % formats and as text, a target
 * 「増加」 and figures in the 備考; a 令和７年度 評価調書（令和６年度実績） in full-width digits with R7目標 and R7実績（6月末現在）
 * columns filled). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 119.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 121, on commit 9ed0f48, before any change to expectations):
 *   all hold-out 121                  457    94.1 %     1.3 %      24       6      1    11/11
 * (457 facts: 94.1 % right, 1.3 % wrong, 24 missed, 6 silent, 1 flag, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout121Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout121Workbook };
export { holdout2Bytes as holdout121Bytes, runHoldout2 as runHoldout121 } from '../holdout2';

export const HOLDOUT121: Holdout121Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
