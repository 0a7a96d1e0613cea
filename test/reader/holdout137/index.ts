/**
 * The reader's 137th, blind hold-out set: "公立病院経営強化プラン・病院事業・地域医療". Four workbooks of the four families
 * (a 令和４年度 基本施策評価シート with two 施策 on two sheets, stacked blocks R3（現状値）…R7（目標値） with 実績値／期待値 rows,
 * 目指す方向 ↓（減少） for 平均在院日数 and 職員給与費対医業収益比率, a 集計中 紹介率 and empty 施策の達成状況 cells beside
 * 「（B）」「（C）」; a 令和３年度 地域医療 推進事業 実績 with text figures 「修学資金貸与者数 ６人」, 紹介／逆紹介 in one cell
 * and a 未実施; a 地域医療 KPI table with 目標値／実績値 rows per 令和3年度…令和6年度, 「420 人」「18 か所」 and 「-」 targets;
 * a 経営強化プラン 点検評価一覧 of 令和６年度 with 「68.2⏎（令和3年度）」 現況 and 目標（R9）); four outside them (月別患者数 with
 * 目標／実績 rows and a 年度計 column, 経営指標の推移 with years as rows and a 目指す方向 row, 事務事業評価シート one 事業 per
 * sheet with a 減少 医業未収金残高, 計画と実績の対比 with 令和5年度 and 令和6年度 計画／実績／差引 columns); three traps (a
 * 令和５年度 経営指標 table between 令和4年度実績 and 令和6年度目標 columns with ％ stored as fractions, a 進捗管理表 whose
 * 実績 splits into 単年度 and 累計, and a 令和７年度 成果指標 with 「向上」「全国平均以上」 targets, 目標 0 件 under ↓（減少）,
 * full-width figures, 集計中 and 備考 notes of other years' figures). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 136.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 137, on commit b0242eb, before any change to expectations):
 *   all hold-out 137                  325    93.5 %     0.9 %      18       3      0    11/11
 * (325 facts: 93.5 % right, 0.9 % wrong, 18 missed, 3 silent, 0 flags, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout137Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout137Workbook };
export { holdout2Bytes as holdout137Bytes, runHoldout2 as runHoldout137 } from '../holdout2';

export const HOLDOUT137: Holdout137Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
