/**
 * The reader's 146th, blind hold-out set: "保育所・認定こども園・待機児童". Four workbooks of the four families (a 令和５年度
 * 施策評価シート of 令和４年度 with stacked blocks R1（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少） for 待機児童数,
 * a 集計中, a 期待値 set for R7 alone and an empty 施策の達成状況 beside 前年度評価 「（B）」; a 令和３年度 事業実績 of 保育 projects
 * with text figures 「補助対象施設数 28施設」, 「病児 845人⏎病後児 312人」 in one cell and one 未実施; a 総合戦略 KPI table closing
 * 令和元年度 under 平成30年3月末…令和2年3月末 with 「9 園」 values, 「-」 and a 集計中; a 第２期子ども・子育て支援事業計画 成果指標
 * table of 令和６年度 with 「38⏎（平成31年4月1日）」 and a blank 実績); four outside them (a 推移 table with years as rows, 目標／実績
 * pairs and no evaluation year written, a guess; 事務事業評価シート one 事業 per sheet with 事業費 and 達成率 rows; a 地域子ども・
 * 子育て支援事業 実施状況 in 人日 with 令和３年度実績値, 達成率 and ◎○△× by a band-only legend, the marks as written; a 子育て安心
 * プラン 目標値 sheet (平成30年度…平成32年度) joined by No. to a 実績値 sheet with full-width digits); three traps (a 令和４年度
 * 年度別推移 whose 令和5年度 column already holds 4月1日現在 figures, with 入所決定率 stored as fractions; a 令和６年度 成果指標評価表
 * with 「前年度以上」「向上」「10.0％以下」「全区域で受入体制を整備」 targets and 備考 full of other figures; a 令和３～５年度 整備計画
 * whose 目標値 is the term's 累計, with 単年度実績 beside 累計実績). Written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as the
 * earlier hold-outs.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 146, on commit 0b8bb00, before any change to expectations):
 *   all hold-out 146                  353    93.2 %     1.1 %      24       0      5    10/11
 * (353 facts: 93.2 % right, 1.1 % wrong, 24 missed, 0 silent, 5 flags, 10/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right: h146-t-seibi-ruikei is not, its four 整備項目 missed and the No. column's 1…4 reported as indicators,
 * flagged). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout146Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout146Workbook };
export { holdout2Bytes as holdout146Bytes, runHoldout2 as runHoldout146 } from '../holdout2';

export const HOLDOUT146: Holdout146Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
