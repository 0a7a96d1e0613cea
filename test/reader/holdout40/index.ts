/**
 * The reader's fortieth, blind hold-out set (issue 16): the four known families as yet other offices lay them out —
 * two 施策 stacked on one sheet, years newest first or skipping a survey year, ◎○△× grades with a legend note,
 * target and actual in one cell on two lines, sections with repeated headers, KPIs with 単年度 and 累計 per year,
 * 3月末 columns in full-width text, 基準値 / 基準年度 / 目標年度 columns, an undated 現状値 — plus one sheet per 課
 * behind a 目次, 事務事業評価シート per project and indicator cards with years as rows; written without looking at
 * the reader, the fixture layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored exactly as hold-outs 2 to 39 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 40, on the committed reader, before any change to expectations):
 *   all hold-out 40                   426    77.9 %     14.1 %      39      34     13     7/12
 * (commit ebc74e3, 2 December 2026 02:12 UTC: 426 facts, 77.9 % right, 14.1 % wrong, 39 missed, 34 silent, 13 flags,
 * 7/12 workbooks flagged as expected; bench output in /work/tmp/h40-first-blind.txt).
 */
import type { Holdout2Workbook as Holdout40Workbook } from '../holdout2/kit';
import { DEPARTMENT_WORKBOOKS } from './departmentSheets';
import { KPI_WORKBOOKS } from './kpiTables';
import { PLAN_WORKBOOKS } from './planTables';
import { POLICY_WORKBOOKS } from './policySheets';
import { PROJECT_WORKBOOKS } from './projectTables';
import { YEAR_ROW_WORKBOOKS } from './yearRows';

export type { Holdout40Workbook };
export { holdout2Bytes as holdout40Bytes, runHoldout2 as runHoldout40 } from '../holdout2';

export const HOLDOUT40: Holdout40Workbook[] = [
  ...POLICY_WORKBOOKS,
  ...PROJECT_WORKBOOKS,
  ...KPI_WORKBOOKS,
  ...PLAN_WORKBOOKS,
  ...DEPARTMENT_WORKBOOKS,
  ...YEAR_ROW_WORKBOOKS,
];
