/**
 * The reader's 196th, blind hold-out set: "水資源・地下水保全・節水・雨水利用". A 環境部 水環境課 / 上下水道局 office of みずほ市 writes its four families in its own variant — a 基本施策事後評価シート with five indicator blocks stacked down the sheet (目指す方向 ↑/↓, R2 現状値 to R7 目標値 on the 期待値 row, the 施策の達成状況 cell with last year in brackets), a 事業実績 table of R6 targets and actuals as labelled text (two measures in a cell, 未実施), a 水循環推進計画 KPI table of 目標値/実績値 rows under 令和N年3月末 columns with values as "40 基" and one period with no target, and a 地下水保全計画 点検評価一覧 with 現況/実績 carrying their years, 目標（R8）, a 目標の方向 column and a 集計中 —; four shapes outside them (a monthly 月別実績集計表 with 年度計, 年度目標, a hidden 前年度計 and a reference rainfall row; 節水 indicators with years as rows and 目標|実績 pairs; one 事務事業評価票 per sheet with a 事業費 table; a 市民意識調査 summary with 前回/今回 shares, the unit only in a note and a lower-is-better row marked in 備考); and three traps (単年度 beside 累計 rows with R7 9月末 actuals filled; ％ stored as fractions beside an R6 実績見込 column, one ↓ row and a target in words; lower-is-better rows marked only by ※ and a footnote, an actual of 0, and a higher-is-better row whose target is below its baseline).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 194.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 196, on commit bba9306, before any change to expectations):
 *   all hold-out 196                  390    92.3 %     1.5 %      28       6      0    11/11
 * (390 facts, 92.3 % right, 1.5 % wrong, 28 missed, 6 silent, 0 reading-uncertain flags, flagged as expected (none) in 11 of 11 workbooks; 9 of 11 read right: the years-as-rows 推移 kept "(個)" in the last pair's name and lost its unit, and the ※-marked lower-is-better rows of the 地下水保全 trap were read as four unnamed indicators instead of their own, silently).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout196Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout196Workbook };
export { holdout2Bytes as holdout196Bytes, runHoldout2 as runHoldout196 } from '../holdout2';

export const HOLDOUT196: Holdout196Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
