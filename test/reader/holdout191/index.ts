/**
 * The reader's 191st, blind hold-out set: "介護人材・福祉人材の確保と定着". Eleven workbooks of a 健康福祉部 (長寿介護課・福祉総務課):
 * the four families in this office's variant — a 基本施策評価シート with five indicator blocks stacked down (目指す方向 ↑/↓,
 * 期待値 to R7, a 達成状況 cell with last year's grade beside it), a 事業実績 table with targets and actuals as text (two
 * measures in one cell, 未実施, 事業所/名 units), a KPI table of 年3月末 columns for fiscal 2024, and plan indicators with 目標（R8）
 * only and one 実績 集計中; four outside them — a 福祉人材センター monthly table (合計 formulas, 年間目標, a hidden R4 column),
 * years as rows with 目標/実績 heading pairs, one 事務事業評価シート per sheet, and a staff survey (前回/今回調査, ↑/↓); and three
 * traps — a 進捗管理表 with R6目標/R6見込 beside R5 and 単年度/累計 in one cell, ％ stored as fractions with lower-is-better rows
 * marked only in 備考, and a target in words (前年度実績以上) beside a no-target row and R6 half-year actuals.
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 191, on commit 187b074, before any change to expectations):
 *   all hold-out 191                  400    97.8 %     2.0 %       1       8      0    10/11
 * (400 facts, 97.8 % right, 2.0 % wrong, 1 missed, 8 silent, 0 flags, 10 of 11 workbooks flagged as expected; 8 of 11 read
 * right).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout191Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout191Workbook };
export { holdout2Bytes as holdout191Bytes, runHoldout2 as runHoldout191 } from '../holdout2';

export const HOLDOUT191: Holdout191Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
