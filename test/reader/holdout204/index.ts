/**
 * The reader's 204-th, blind hold-out set: "デジタルデバイド対策・スマホ教室・オンライン手続の普及". Four family workbooks in a デジタル推進課's own
 * variants (A: a 施策評価シート with five indicator blocks stacked down one column, 実績値 / 期待値 / 目標値 rows, 目指す方向 per block, a
 * lower-is-better 待ち時間 and an indicator with only its R7 目標値, and a 施策の達成状況 cell to roll up; B: a 事業実績 table under 基本方針
 * section rows with text figures, two courses in one cell, 未実施, 集計中, 人 vs 名 and a hidden 担当係 column; C: a KPI table of
 * 目標値 / 実績値 row pairs under merged 基本目標 cells with "600 人" text; D: a plan-indicator table with 現況 and 実績 carrying their
 * year and two lower-is-better indicators named only in 指標の説明); four outside them (a monthly table 4月…3月 with SUM 合計,
 * 年間目標 and 達成率 rows; years down the rows with 目標 | 実績 pairs and no evaluation year stated; one 事務事業評価シート per sheet; a
 * 市民意識調査 with 前回 / 今回 / 目標値 and arrows for the direction); and three traps (the next year's 目標 and 実績見込 filled to the
 * right of the evaluated year; ％ stored as fractions, a target in words and directions only in ※ notes; a revised target
 * over the original in one cell, a 見込 actual, 未実施 and a department's ◎ on a lower-is-better indicator under a ◎○△×
 * legend).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 196.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 204, on commit 3a086d20, before any change to expectations):
 *   all hold-out 204                  407    94.1 %     0.0 %      24       0      1    11/11
 * (407 facts, 94.1 % right, 0 wrong, 24 missed, 0 silent, 1 reading-uncertain flag, flagged as expected in 11 of 11 workbooks;
 * 10 of 11 read right: h204-o-getsubetsu, the monthly table, is not read at all — its four indicators missed).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout204Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout204Workbook };
export { holdout2Bytes as holdout204Bytes, runHoldout2 as runHoldout204 } from '../holdout2';

export const HOLDOUT204: Holdout204Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
