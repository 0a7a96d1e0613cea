/**
 * The reader's 133rd, blind hold-out set: "斎場・墓地・環境衛生・動物愛護". Four workbooks of the four families (a 令和４年度
 * 施策評価シート with four blocks tiled two across, R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少）, a 集計中 and
 * an empty 達成状況評価 beside last year's 「（B）」; a 令和５年度 事業実績 of 生活衛生課 projects with text figures 「助成頭数
 * 300頭」, two measures in one cell 「会場数 45会場⏎接種頭数 3,200頭」 and one 未実施; a 動物愛護管理推進計画 KPI table to
 * 令和５年３月末 with 目標値／実績値 rows, 「180 頭」 and a 目標の方向 column; a 斎場・墓地基本計画 成果指標 table with 現況
 * 「22⏎（令和元年度）」, 目標（R7） and 実績 「48⏎（令和6年度）」); four outside them (a 斎場 月別利用状況 with 年度計 =SUM feeding a
 * 目標と実績 sheet by formulas, a 環境衛生監視指導 table with years as rows under merged two-row 目標／実績 headings, 事務事業評価
 * シート one 事業 per sheet with 令和３年度実績 beside 令和４年度 目標／実績, a 斎場 指定管理者モニタリング評価票 of 令和６年度 with
 * 「5件以下」 and ○／×); three traps (a 譲渡頭数 target 累計 beside 単年度 and 累計 実績 rows with ％ stored as fractions and
 * full-width counts, a 令和３年度 成果指標評価表 with 「前年度以下」「増加」 targets, a 集計中, a 0 target under ↓ and 備考 with
 * other years' figures, a 令和６年度 行政評価シート of 令和５年度実績 with 前年度実績（R4）, 達成率 and 最終目標値（R8）). Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 130.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 133, on commit f19d516, before any change to expectations):
 *   all hold-out 133                  272   100.0 %     0.0 %       0       0      0    11/11
 * (272 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout133Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout133Workbook };
export { holdout2Bytes as holdout133Bytes, runHoldout2 as runHoldout133 } from '../holdout2';

export const HOLDOUT133: Holdout133Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
