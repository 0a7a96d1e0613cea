/**
 * The reader's 192nd, blind hold-out set: "伝統工芸・地場産業・ものづくり支援". Four family workbooks
 * as a ものづくり推進課 writes them: a 基本施策事後評価シート with five indicator blocks stacked down the sheet (目指す方向 ↑/↓,
 * 実績値 and 期待値 rows R2…R7, a 施策の達成状況 cell beside last year's （C）), a 事業実績 table of 推進事業 with figures as
 * text, a two-measure cell and 未実施, a 地方創生 KPI table with 目標値/実績値 row pairs under 3月末 columns, and a plan-indicator
 * table whose 製造品出荷額等 carries the year before (統計の公表時期, a guess); four outside the families: a 伝統工芸館 monthly
 * table with a SUM 合計 column and a hidden helper column, a 進捗管理表 with 施策の柱 merged down its rows, a 陶磁器産地 table
 * with fiscal years as rows and 目標/実績 pairs across (令和4年度), and three 事務事業評価 forms one per sheet (令和6年度); three
 * traps: 単年度 and 累計 actual columns side by side with next year's columns part-filled, ％ stored as fractions with ↓
 * indicators and a 実績見込 column beside a 集計中 確定値, and a sheet with its own 100/90/70 scale, targets in words
 * (現状維持（480人）, 目標設定なし) and a ※ footnote that makes one indicator lower-is-better.
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 192, on commit 187b074, before any change to expectations):
 *   all hold-out 192                  411    96.4 %     3.6 %       0      15      1    11/11
 * (411 facts, 96.4 % right, 3.6 % wrong (15 facts), none missed, all 15 wrong facts silent; one reading-uncertain flag,
 * and the flags came exactly where expected in 11 of 11 workbooks; 7 of the 11 workbooks read right).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout192Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout192Workbook };
export { holdout2Bytes as holdout192Bytes, runHoldout2 as runHoldout192 } from '../holdout2';

export const HOLDOUT192: Holdout192Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
