/**
 * The reader's eleventh, blind hold-out set (issue 16): eleven shapes outside the four known families (a measure
 * heading over period sub-columns, years as rows, label/value blocks, one project per sheet, targets and actuals on
 * two sheets, a direction only in 備考, ①② measures in one cell, 累計 rows and 達成率 columns, indicators as
 * columns, 実績／目標 in one cell, two tables on one sheet), written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (npm run bench:reader:holdout11, before any change to expectations):
 *   all hold-out 11                   297    92.3 %     2.0 %      19       6      1    11/11
 * (297 facts: 92.3 % right, 2.0 % wrong, 19 missed, 6 silent, 1 flag, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout11Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout11Workbook };
export { holdout2Bytes as holdout11Bytes, runHoldout2 as runHoldout11 } from '../holdout2';

export const HOLDOUT11: Holdout11Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];
