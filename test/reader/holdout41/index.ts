/**
 * The reader's forty-first, blind hold-out set (issue 16): layouts outside the four known families as yet other
 * offices lay them out — administrative-evaluation system exports (区分 rows, years as columns or as a column),
 * 総合戦略 KPI sheets with the year inside the 基準値 / 目標値 text, a 事務事業評価シート of stacked three-row grids,
 * an external committee's table with two grades, ※ footnote units, an S–D scale, 予算 in 千円 beside the indicators,
 * indicators across the columns, merged 施策評価 cells — written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 41 on the committed reader at ebc74e3, in a worktree of that
 * commit, before any change to reader or expectations):
 *   all hold-out 41                   462    90.9 %     2.6 %      36       9      3    11/12
 * (462 facts: 90.9 % right, 2.6 % wrong, 36 missed, 9 silent, 3 flags, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout41Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './evalForms';
import { EXPORT_WORKBOOKS } from './exports';
import { KPI_WORKBOOKS } from './kpiSheets';
import { SUMMARY_WORKBOOKS } from './summaryTables';

export type { Holdout41Workbook };
export { holdout2Bytes as holdout41Bytes, runHoldout2 as runHoldout41 } from '../holdout2';

export const HOLDOUT41: Holdout41Workbook[] = [...EXPORT_WORKBOOKS, ...KPI_WORKBOOKS, ...FORM_WORKBOOKS, ...SUMMARY_WORKBOOKS];
