/**
 * The reader's 177th, blind hold-out set: "成年後見制度・権利擁護・高齢者虐待防止". Four workbooks of the four families (a 令和６年度
 * 施策評価シート with stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少）, a 集計中 and an empty
 * 施策の達成状況 beside last year's 「（B）」; a 令和４年度 事業実績 of 権利擁護 projects with text figures 「相談件数 688件」,
 * 「市長申立て 10件⏎報酬助成 44件」 in one cell and a 未実施; a 成年後見制度利用促進基本計画 KPI table with 目標値／実績値 rows
 * per 令和5年度…令和8年度, 「480 件」, a KPI without targets 「-」 and ◎○△× under a worded legend; a 第９期高齢者保健福祉計画
 * 成果指標 table with 「286人⏎（令和4年度）」, 目標（R8） only and a 集計中); four outside them (事務事業評価シート one 事業 per
 * sheet with 活動指標／成果指標 and 達成率, a 高齢者虐待防止 取組状況 with years as rows and 目標／実績 pairs, a 権利擁護支援推進
 * 計画 split in 指標 and 実績 sheets joined by No., two tables side by side with ◎○△ on the office's own 100/80/50 bands);
 * three traps (a 令和６年度 効果検証シート of 令和５年度実績 with 令和６年度 目標／実績（9月末現在） filled, 「充実を図る」 and a
 * 未実施; ％ stored as fractions with 備考 full of figures; 累計 targets beside 単年度 figures and a （参考）累計 column).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 176.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 177, on commit 6a6d6a6, before any change to expectations):
 *   all hold-out 177                  326   100.0 %     0.0 %       0       0      0    11/11
 * (326 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout177Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout177Workbook };
export { holdout2Bytes as holdout177Bytes, runHoldout2 as runHoldout177 } from '../holdout2';

export const HOLDOUT177: Holdout177Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
