/**
 * The reader's forty-fifth, blind hold-out set (issue 16): layouts outside the four families that the
 * earlier sets did not try — one sheet per fiscal year (the latest with actuals, or the year a 表紙 names),
 * a KPI 一覧 grouped under merged 基本目標 rows, a 進捗管理表 of 計画値 / 実績値 rows with the latest 実績
 * marked 見込, an export with English headings, units only in the names' brackets, a 行政評価 list of 施策
 * grades beside the 施策 sheets, 区分 rows of 目標 / 実績 / 差 or 達成率, years over 計画 | 実績 sub-columns,
 * a 平成32年度 target, two text-figure tables on one sheet and indicators across the columns — written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks, each with the facts
 * a clerk reads (the samples README's rules). Built, read and scored exactly as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 45, before any change to expectations; committed reader 7aae5c7):
 *   all hold-out 45                   480    95.0 %     6.0 %       0      29      2    12/12
 * (480 facts: 95.0 % right; 29 wrong, all silent: 24 facts and 5 spurious indicators, which count as wrong but not among
 * the facts; 0 missed; 2 reading-uncertain flags; 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout45Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { LIST_WORKBOOKS } from './lists';
import { ROW_WORKBOOKS } from './rows';
import { YEAR_SHEET_WORKBOOKS } from './yearSheets';

export type { Holdout45Workbook };
export { holdout2Bytes as holdout45Bytes, runHoldout2 as runHoldout45 } from '../holdout2';

export const HOLDOUT45: Holdout45Workbook[] = [...YEAR_SHEET_WORKBOOKS, ...LIST_WORKBOOKS, ...ROW_WORKBOOKS, ...FORM_WORKBOOKS];
