/**
 * The reader's thirty-first, blind hold-out set (issue 16): eleven shapes outside the four known families
 * (事務事業評価調書 rows with 指標 columns, 子ども・子育て 進捗管理表 with marks, 総合戦略 KPI per year, 月次実績 to 累計,
 * 指標カード per sheet, targets and actuals on two sheets, years as rows, side-by-side 基本目標 tables, 外部評価委員会 資料,
 * a form with no year, revised targets with a hidden row), written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 31, committed reader at 6b4b734, before any change to expectations):
 *   all hold-out 31                   294    85.4 %     1.7 %      38       5      0    10/11
 * (294 facts: 85.4 % right, 1.7 % wrong, 38 missed, 5 silent, 0 flags, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout31Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { SHAPE_WORKBOOKS } from './shapes';

export type { Holdout31Workbook };
export { holdout2Bytes as holdout31Bytes, runHoldout2 as runHoldout31 } from '../holdout2';

export const HOLDOUT31: Holdout31Workbook[] = [...OTHER_WORKBOOKS, ...SHAPE_WORKBOOKS];
