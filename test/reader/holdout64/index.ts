/**
 * The reader's 64th, blind hold-out set: the four known families (施策評価シート with 実績値/期待値 blocks, 事業実績 tables with
 * text figures, KPI tables per period, 総合計画 plan indicators) as twelve other fictional cities lay them out, each with its
 * own habit: years across with 目標/実績 row pairs, 平成/令和 mixed with the year in the cell, full-width digits with units
 * inside figures, a department's 達成率 column (two wrong), an S/A/B/C scale in a legend, a 確定/見込 column, a 方向性 column
 * written 減少/↓/低減/↑/増加, one sheet per 施策 behind a cover sheet, a 総括 sheet that rolls up grades, 当初目標/修正目標,
 * 「集計中」 actuals and cells merged down the indicator rows. Written without looking at the reader, test/reader/layouts or
 * the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules; the S/A/B/C workbook is
 * graded on its own stated scale). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 64, on commit f580c72, before any change to expectations):
 *   all hold-out 64                   561    97.9 %     2.1 %       0      12      1    12/12
 * (561 facts: 97.9 % right, 2.1 % wrong, 0 missed, 12 silent, 1 flag, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout64Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { HABIT_WORKBOOKS } from './habits';

export type { Holdout64Workbook };
export { holdout2Bytes as holdout64Bytes, runHoldout2 as runHoldout64 } from '../holdout2';

export const HOLDOUT64: Holdout64Workbook[] = [...FAMILY_WORKBOOKS, ...HABIT_WORKBOOKS];
