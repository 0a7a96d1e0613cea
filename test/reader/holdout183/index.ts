/**
 * The reader's 183rd, blind hold-out set: "奨学金・就学援助・教育費の負担軽減". Four workbooks of the four families (a 令和３年度
 * 施策評価シート with stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, ↑（増加）／↓（減少）, 千円, a 集計中 and an empty
 * 達成状況評価 beside last year's 「（B）」; a 令和４年度 推進事業実績 of 就学援助・奨学金 projects with text figures 「認定者数 420人」,
 * 「新規認定:30人 継続:45人」 in one cell, a 未実施 and 自己評価 letters; a 子どもの未来応援プラン KPI table (令和５年度末時点) with
 * 目標値／実績値 rows per 令和3年度…令和6年度, values 「52 人」「1,780 世帯」 and a 「-」 target; a 第３期教育振興基本計画 成果指標
 * table with 「112⏎（令和元年度）」, 目標（R7）, 実績 with its year, 目指す方向 ↓ and a 集計中); four outside them (a 教育委員会
 * 点検・評価 of 令和２年度 with 施策 merged over rows, 達成率 text and ◎○△× under a legend giving the default bands and words, an
 * 育英奨学金 推移 with years as rows and 目標／実績 pairs under 「新規貸与者数（人）」, 事務事業評価シート one 事業 per sheet with
 * 活動指標／成果指標 over R3…R6（計画）, and a 令和元年度 実績報告書 of label-value blocks with 「１，２５０」); three traps (a 令和５年度
 * 検証 with 令和6年度 目標／実績（9月末現在） filled and ％ stored as fractions, a 令和４年度 進捗 with 単年度 and 累計（R2～R4）
 * 実績 columns and targets 「40（単年度）」「300（累計）」, a 平成30年度 成果指標評価表 with 「前年度実績以上」「前年度より減少」
 * targets beside 「80％以上」 and 備考 「H29実績 1,120人」). Written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as
 * hold-outs 2 to 182.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 183, on commit a17f2a5, before any change to expectations):
 *   all hold-out 183                  267    97.4 %     2.6 %       0       5      1    10/11
 * (267 facts: 97.4 % right, 2.6 % wrong, 0 missed, 5 silent, 1 flag, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout183Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout183Workbook };
export { holdout2Bytes as holdout183Bytes, runHoldout2 as runHoldout183 } from '../holdout2';

export const HOLDOUT183: Holdout183Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
