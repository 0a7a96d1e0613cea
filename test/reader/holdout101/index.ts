/**
 * The reader's 101st, blind hold-out set: "行財政改革・財政健全化・公共施設マネジメントの進行管理" (the books a city's 行財政改革
 * office keeps). Four workbooks of the four families (a 施策評価シート on two sheets 6-2／6-3 with stacked 成果指標 blocks, 目指す方向
 * ↑／↓ with its legend, R2（基準値）〜R7（目標値）, 集計中 and empty 達成状況評価 cells beside last year's 「（B）」「（C）」; a
 * 行財政改革推進事業 事業実績 with text figures 「効果額 15,240千円」「職員数 1,180人以下」, two measures in one cell, 未実施, 集計中,
 * 進捗状況 and 今後の方向性; a 財政健全化計画 KPI table 目標値／実績値 per 年度 with 指標の方向 低い／高いほど良い and the unit in the
 * KPI cell; a 行財政改革大綱 成果指標 table with 「94.1⏎（令和2年度）」, 目標の方向 減少／増加 and a survey 「－」); four outside them
 * (a 取組項目別効果額一覧 with 目標効果額｜決算見込｜決算確定, ▲ amounts, 累計効果額 and a 合計 row; 主要財政指標の推移 with years as
 * rows, a 令和6年度（見込）row and the 目標値 row at the bottom; 事務事業評価シート cards of 令和４年度実施事業; a 収納率 table with
 * 目標｜実績｜達成率 pairs per 年度 and one 千円 row to reduce); three traps (延床面積削減量 by 施設類型, where more reduced is
 * better, beside the 基準延床面積; 健全化判断比率 with 早期健全化基準／財政再生基準／県内市平均 beside the city's own 目標値 and 「－」
 * deficit ratios; a 取組目標 sheet joined to the 実績報告 only by names written differently). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 90.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 101, on commit 2288e8e, before any change to expectations):
 *   all hold-out 101                  518    84.9 %     0.0 %      78       0      6    11/11
 * (518 facts: 84.9 % right, 0.0 % wrong, 78 missed, 0 silent, 6 flags, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right, the two missed being traps the reader reports no indicator from). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout101Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout101Workbook };
export { holdout2Bytes as holdout101Bytes, runHoldout2 as runHoldout101 } from '../holdout2';

export const HOLDOUT101: Holdout101Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
