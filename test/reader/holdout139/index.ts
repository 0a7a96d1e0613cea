/**
 * The reader's 139th, blind hold-out set: "除雪・雪対策・冬期の道路管理". Four workbooks of the four families (a 令和４年度
 * 施策評価シート with four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少）, a 集計中 and an
 * empty 施策の達成状況 cell beside last year's 「（B）」; a 令和５年度 雪対策推進事業 実績一覧 with text figures 「貸与団体数
 * 45団体」, a full-width 「７人」, one 未実施 and 「講習会 4回⏎受講者 120人」 in one cell; a 雪に強いまちづくり戦略 KPI table
 * with 令和4年3月末…令和8年3月末 columns, 「46.3 km」 values and 「-」 targets, evaluated 令和６年度; a 雪対策総合計画 成果指標
 * table of 令和３年度 with 「58.2⏎（令和元年度）」 and a 減少を目指す note); four outside them (a 道路除雪計画 進行管理表 with
 * years as rows and 目標／実績 pairs, 事務事業評価シート one 事業 per sheet with 令和５年度実績 beside the 令和６年度 figures, a
 * 流雪溝整備計画 進捗 with 単年度／累計／整備率 rows and 計画／実績 per year, a 令和２年度 アクションプラン 取組状況 with ○△×
 * and full-width digits); three traps (a 令和６年度 効果検証シート of 令和５年度実績 with a 「－」 target and snowfall figures in
 * 備考, ％ stored as fractions beside a 累計 target over 単年度 and 累計 actual rows, a 令和４年度 年度別推移 with a
 * 令和5年度（12月末現在） column already filled). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2
 * to 138.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 139, on commit b0242eb, before any change to expectations):
 *   all hold-out 139                  259    93.1 %     0.0 %      18       0      1    10/11
 * (259 facts: 93.1 % right, 0.0 % wrong, 18 missed, 0 silent, 1 flag, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right: the 進行管理表 with years as rows gave no indicator and no finding, and the KPI table, all of whose
 * facts were right, was flagged reading-uncertain although its period is stated (「令和６年度評価」)). No expectation changed
 * after that run.
 */
import type { Holdout2Workbook as Holdout139Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout139Workbook };
export { holdout2Bytes as holdout139Bytes, runHoldout2 as runHoldout139 } from '../holdout2';

export const HOLDOUT139: Holdout139Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
