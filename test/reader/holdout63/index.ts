/**
 * The reader's 63rd, blind hold-out set (issue 16): eight workbooks of the four known families in layouts of cities imagined
 * afresh (a stacked 施策評価シート with the down direction only in a 備考 note and the rating cell merged at the top right; a
 * tiled one with 目標/実績 rows and one indicator with only a final R8 target; two 事業実績 tables with figures as text, a
 * previous-year column, two measures in one cell, 未実施, 件 vs 社, a derived 達成度 column and a （参考） row; KPI tables
 * by 「令和6年3月末」 periods and by 西暦年度 pairs with a 合計 row, units only in the heading and later actuals filled; plan
 * indicators with grades in words and a （参考） row, and with ○△× marks and the direction only in a footnote by indicator
 * number) and four outside them (years as rows, label/value blocks, targets and actuals on two sheets, 目標値/実績値 headings
 * over period sub-columns with a 計 row). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 63, on commit 031d60c, before any change to expectations):
 *   all hold-out 63                   411    89.3 %     5.8 %      22       8      5    10/12
 * (411 facts: 89.3 % right, 5.8 % wrong, 22 missed, 8 silent, 5 flags, 10/12 workbooks flagged as expected). No workbook or
 * expectation was changed after the run.
 */
import type { Holdout2Workbook as Holdout63Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout63Workbook };
export { holdout2Bytes as holdout63Bytes, runHoldout2 as runHoldout63 } from '../holdout2';

export const HOLDOUT63: Holdout63Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
