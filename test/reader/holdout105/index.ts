/**
 * The reader's 105th, blind hold-out set: "regional public transport and agriculture, forestry and fisheries plans"
 * (地域公共交通計画の評価指標・農業振興・森林整備). Four workbooks of the four families (a 施策評価シート with two sheets, 3-2 公共交通
 * and 5-1 農林業, four blocks tiled two across each, R2（現状値）〜R7（目標値）, a 目指す方向 ↑ 増加／↓ 減少 row, a 運行年度 note and
 * empty 達成状況 cells beside 「（C）」「（B）」; a 農林課 事業実績 with 令和５年度 数値目標｜実績値 as text in ha・頭・本・%, イノシシ／
 * ニホンジカ in one cell and one 未実施; a 総合戦略 KPI table per 年３月末 with 「203.7 ha」 in the cells, 「-」 and 減少 in 備考; a
 * 地域公共交通計画 評価指標一覧 (令和６年度) with 「（令和2運行年度）」「（令和7年3月末）」 in the cells and one 実績 of 令和5年度); four
 * outside them (a 森林整備計画 with years as rows and 計画｜実績 pairs, 令和４年度末現在; a 公共交通 評価報告書 with one card per 指標 and
 * its period in each label; a 農業委員会 点検・評価 with numbered sections; a 地産地消 plan split into 指標一覧 and R5実績 sheets joined
 * by No., one 集計中); three traps (農業産出額 with R3's figure and 「集計中」 for R4 and R5, a 公共交通 table whose 備考 says a 路線バス
 * figure is last 年度's, 目標値（累計） against 単年度 and 累計 actual rows). Written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as
 * hold-outs 2 to 90.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 105, on commit e201233, before any change to expectations):
 *   all hold-out 105                  459    99.3 %     0.7 %       0       3      9     8/11
 * (459 facts: 99.3 % right, 0.7 % wrong, 0 missed, 3 silent, 9 flags, 8/11 workbooks flagged as expected; 7 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout105Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout105Workbook };
export { holdout2Bytes as holdout105Bytes, runHoldout2 as runHoldout105 } from '../holdout2';

export const HOLDOUT105: Holdout105Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
