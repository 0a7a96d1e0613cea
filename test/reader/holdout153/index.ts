/**
 * The reader's 153rd, blind hold-out set: "危機管理・国民保護・原子力防災". Four workbooks of the four families (a 施策評価シート
 * 評価対象期間：令和４年度 with stacked 成果指標 blocks R2（現状値）…R7（目標値）, a 期待値 row with only the R7 目標値, 目指す方向 ↓,
 * a 集計中 and an empty 施策の達成状況 cell beside last year's 「（B）」; a 令和５年度 推進事業 実績 of 危機管理課 with text figures
 * 「配布世帯数 300世帯」, two measures in one cell and a 未実施; a 国土強靱化地域計画 KPI table with 目標値／実績値 rows per
 * 令和2年度…令和5年度, values 「86.0 ％」, ◎○△× by bands and a 集計中; a 原子力災害対策 点検評価一覧 with 「41.2⏎（令和元年度）」,
 * 目標（R8） and a 「－」 in a survey's off year); four outside them (原子力防災訓練 実施状況 with years as rows and no evaluation
 * year stated, 事務事業評価シート one 事業 per sheet for 令和２年度 with a 未実施, a アクションプラン進捗管理表 with 目標／実績／
 * 達成率 under merged 年度 headings, 成果指標 split over 指標設定 and 令和元年度実績 sheets joined by 指標ID with 増加／減少);
 * three traps (a 令和６年度 効果検証シート of 令和５年度実績 with other years' columns, 累計／単年度 and 「412⏎（うちR5新規 56）」,
 * a 成果指標評価表 with 「前年度実績以上」「現状より増加」 targets, ％ stored as fractions and 備考 with figures, a 年度別推移
 * for 令和４年度 with a 令和5年度（9月末現在） column filled and a 「64⏎（見込み）」). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 152.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 153, on commit e4b9541, before any change to expectations):
 *   all hold-out 153                  317    97.5 %     2.5 %       0       3      1    11/11
 * (317 facts: 97.5 % right, 2.5 % wrong, 0 missed, 3 silent, 1 flag, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout153Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout153Workbook };
export { holdout2Bytes as holdout153Bytes, runHoldout2 as runHoldout153 } from '../holdout2';

export const HOLDOUT153: Holdout153Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
