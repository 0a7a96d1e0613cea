/**
 * The reader's thirty-seventh, blind hold-out set (issue 16): twelve layouts outside the four families, written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules): a 四半期 progress table with a year total, a 中間評価 table (中間目標 R5
 * beside 最終目標 R7), 累計 targets against cumulative actuals, 事務事業評価調書 label blocks (評価 year ≠ 対象年度),
 * a 平成 施策 sheet of stacked blocks, 「label：value」 cells, 「指標（単位）」 names under a hidden code column,
 * indicators across the top with years down, two 施策 tables under hidden code columns, FY headings with text
 * values, a wide table with no stated year (a guess) and two tables side by side in different column orders.
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 37 in a worktree of commit 9fc3a49, 2026-12-01 22:56 UTC,
 * before any change to expectations; output in /work/tmp/h37-first-blind.txt):
 *   all hold-out 37                   424    73.8 %    12.0 %      67      45      8    10/12
 * (424 facts: 73.8 % right, 12.0 % wrong, 67 missed, 45 silent, 8 flags, 10/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout37Workbook } from '../holdout2/kit';
import { CODE_WORKBOOKS } from './codes';
import { FORM_WORKBOOKS } from './forms';
import { PROGRESS_WORKBOOKS } from './progress';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout37Workbook };
export { holdout2Bytes as holdout37Bytes, runHoldout2 as runHoldout37 } from '../holdout2';

export const HOLDOUT37: Holdout37Workbook[] = [...PROGRESS_WORKBOOKS, ...FORM_WORKBOOKS, ...CODE_WORKBOOKS, ...TABLE_WORKBOOKS];
