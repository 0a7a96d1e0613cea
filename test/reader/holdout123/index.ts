/**
 * The reader's 123rd, blind hold-out set: "農業委員会の農地等の利用の最適化の推進（目標及びその達成に向けた活動計画・点検評価の
 * 様式、遊休農地、担い手への集積、新規参入、農地パトロール）". Four workbooks of the four families (a 令和６年度 基本施策評価シート
 * with four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, ↑（増加）／↓（減少） and an empty 達成状況評価 beside
 * 「（B）」; a 令和５年度 推進事業 table with text figures 「調査面積 1,250ha」, 「集積面積 80ha／集約化 20ha」 and one 未実施; a KPI
 * table with 目標値／実績値 rows per 令和3年度…令和7年度, 「1,388 ha」 and "-" targets; a 成果指標 table with units in the names,
 * 「1,052⏎（令和3年度）」, 目標（R8） and a 集計中); four outside them (the national 様式 「令和４年度の目標及びその達成に向けた
 * 活動の点検・評価」 with （C）（D） boxes and 達成状況 (D/C), a 担い手集積 年度別推移 with years as rows, 事務事業評価シート one 事業
 * per sheet with 活動指標／成果指標 and written 評価, a 令和２年度 月別活動実績 with SUM 年度計 and 年間目標); three traps (a 令和５年度
 * 進捗管理表 with a 令和6年度（6月末現在） column filled and 集積率 as fractions under 0.0%, a 成果指標評価表 with 「前年度実績以上」
 * and 「－」 targets, figures in 備考 and a 0 ㎡ target under ↓, a 累計／単年度 table with （参考） rows of the other kind and full-width
 * ％ figures). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 122.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 123, on commit 6a9c35a, before any change to expectations):
 *   all hold-out 123                  260    85.0 %     1.2 %      36       1      1    10/11
 * (260 facts: 85.0 % right, 1.2 % wrong, 36 missed, 1 silent, 1 flag, 10/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout123Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout123Workbook };
export { holdout2Bytes as holdout123Bytes, runHoldout2 as runHoldout123 } from '../holdout2';

export const HOLDOUT123: Holdout123Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
