/**
 * The reader's 159th, blind hold-out set: "土地改良・農業基盤整備・農業用用排水施設". Four workbooks of the four
 * families (a 施策評価シート with two 施策 on two sheets, blocks two across R3（基準値）…R8（目標値） with 実績値／期待値 rows,
 * 方向 ↑／↓ and an empty 施策の達成状況 beside last year's 「（B）」; a 令和５年度 事業実績 of 土地改良 projects with text figures
 * 「整備面積 38.5ha」「活動組織数 46組織　取組面積 2,955ha」 and one 未実施; a 総合戦略 KPI table with 目標値／実績値 rows per
 * 令和３年度…令和６年度, values 「66.3 ％」, 「-」 targets and ◎○△× on a 100/80/50 legend; a 農業振興計画 成果指標 table with
 * 「1,284⏎（令和元年度）」, 目標（R7）, a 目指す方向 column and a blank 実績); four outside them (a ため池対策 進捗管理表 with
 * years as rows and 計画／実績 pairs, 事務事業評価シート one 事業 per sheet with a 令和２年度実績 column, 成果目標 cards stacked
 * down a sheet with written A–D, split 指標一覧／実績 sheets joined by 指標番号 with a 集計中); three traps (a 令和３年度 進捗状況
 * with 計画目標（R2～R6累計） and 実績累計 beside the 単年度 目標／実績, a 令和７年度 成果指標評価表 with 「前年度以上」, 「－」,
 * last year's figure in 備考, full-width digits with a うち note and 「３件以下」, a 年度別推移 with a 令和３年度（9月末現在）
 * column already filled and ％ stored as fractions). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to
 * 156.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 159, on commit bdd9b97, before any change to expectations):
 *   all hold-out 159                  363   100.0 %     0.0 %       0       0      0    11/11
 * (363 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout159Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout159Workbook };
export { holdout2Bytes as holdout159Bytes, runHoldout2 as runHoldout159 } from '../holdout2';

export const HOLDOUT159: Holdout159Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
