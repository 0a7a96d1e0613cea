/**
 * The reader's 47th, blind hold-out set (issue 16): layouts outside the four families, from other documents
 * and other offices — a 指定管理者 monitoring sheet, a 補助金 成果報告 in blocks, a balanced scorecard, a
 * 下水道 経営比較, a hospital 中期経営計画 進捗, a 議会 主要施策の成果 with figures in narrative cells, a
 * 事務事業評価シート with its table at row 30, two 施策 side by side, a KPI table from column H, a long KPI
 * list with repeated headings, a DMO report in FY form and full-width digits, and a health plan with no year
 * (a guess). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 47, on commit 7aae5c7, before any change to expectations):
 *   all hold-out 47                   606    89.3 %     2.3 %      51       0     11    10/12
 * (606 facts: 89.3 % right, 2.3 % wrong, 51 missed, 0 silent, 11 flags, 10/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout47Workbook } from '../holdout2/kit';
import { CONTRACT_WORKBOOKS } from './contracts';
import { ENTERPRISE_WORKBOOKS } from './enterprise';
import { KPI_WORKBOOKS } from './kpi';
import { LONG_TABLE_WORKBOOK } from './longtable';
import { REPORT_WORKBOOKS } from './reports';

export type { Holdout47Workbook };
export { holdout2Bytes as holdout47Bytes, runHoldout2 as runHoldout47 } from '../holdout2';

export const HOLDOUT47: Holdout47Workbook[] = [...CONTRACT_WORKBOOKS, ...ENTERPRISE_WORKBOOKS, ...REPORT_WORKBOOKS, ...KPI_WORKBOOKS, LONG_TABLE_WORKBOOK];
