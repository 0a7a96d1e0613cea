/**
 * The reader's 170th, blind hold-out set: "放課後児童クラブ・放課後子ども教室・病児保育". Four workbooks of the four families (a
 * 施策評価シート of 令和４年度 with stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↑（増加）／↓（減少）, a
 * full-width 「１８」 and an empty 施策の達成状況 cell beside last year's 「（B）」; a 令和６年度 事業実績 of 推進事業 with text figures
 * 「開設クラブ数 44か所」「実施教室数 １７教室」, 病児保育／病後児保育 in one cell and a 未実施; a 子ども・子育て支援事業計画 KPI table
 * of 令和３年度 with 目標値／実績値 rows per 令和2年度…令和6年度, 「1,381 人」, 「-」 targets and ◎○△× whose legend gives the
 * default bands and words; a 点検評価一覧 with 「38⏎（令和元年度）」, 目標（R6） and a 集計中); four outside them (病児・病後児保育
 * 月別利用状況 with a 年度計 feeding a 目標と実績 sheet by formulas, 事務事業評価シート one 事業 per sheet with 目標の方向 増加／減少,
 * a 推移 table with years as rows and 目標／実績 pairs under 「登録児童数（人）」, and a 放課後子ども総合プラン 進捗管理表 with its own
 * three-level A/B/C scale); three traps (a 令和５年度 効果検証 with R4実績 and R6目標／R6実績（見込） filled, a 成果指標評価表 with a
 * 「260（累計）」 target over 単年度／累計 rows, a 「前年度実績以上」 target, 備考 figures and a 集計中, and ％ stored as fractions
 * with a 達成率 column of fractions). Written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 169.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 170, on commit fd789f8, before any change to expectations):
 *   all hold-out 170                  265   100.0 %     0.0 %       0       0      1    10/11
 * (265 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 1 flag, 10/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right: h170-t-ruikei-words is read right fact by fact but flagged reading-uncertain, cumulative-start-unknown,
 * where the clerk needs no guess). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout170Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout170Workbook };
export { holdout2Bytes as holdout170Bytes, runHoldout2 as runHoldout170 } from '../holdout2';

export const HOLDOUT170: Holdout170Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
