/**
 * The reader's 23rd, blind hold-out set (issue 16): eleven workbooks in shapes outside the four families, as other
 * offices lay them out (a 行政評価システム export with two 指標 blocks per 事業 row, a 総合戦略 KPI list with 目標/実績
 * per year, a monthly report summed to the year, an 環境基本計画 進捗管理表, 指標カード one per sheet, targets and actuals
 * on two sheets, 外部評価委員会 施策評価シート, a 事務事業評価調書 with a revised target, years as rows, two tables side
 * by side with marks, a 子ども・子育て progress table with units in the cells), written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 22 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 23, commit 3621968: the reader of 204c6bd, before any change to expectations):
 *   all hold-out 23                   369    74.3 %     6.0 %      78      22      0    10/11
 * (369 facts: 74.3 % right, 6.0 % wrong, 78 missed, 22 silent, 0 flags, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout23Workbook } from '../holdout2/kit';
import { CARD_WORKBOOKS } from './cards';
import { GRID_WORKBOOKS } from './grids';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout23Workbook };
export { holdout2Bytes as holdout23Bytes, runHoldout2 as runHoldout23 } from '../holdout2';

export const HOLDOUT23: Holdout23Workbook[] = [...TABLE_WORKBOOKS, ...CARD_WORKBOOKS, ...GRID_WORKBOOKS];
