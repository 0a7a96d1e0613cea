/**
 * The reader's twenty-ninth, blind hold-out set (issue 16): shapes outside the four families as other
 * offices lay them out (an external review committee's handout, a 事務事業評価調書 system export with
 * indicator column groups, a 子ども・子育て progress table with ◎○△× marks and a legend, a 総合戦略 KPI
 * list with actuals per year, a monthly report accumulated to the year, 指標カード one per sheet, years
 * as rows, side-by-side tables, a label/value policy form, revised targets, stacked tables with a
 * reference table), written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-out 2 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 29, on the committed reader 954e889, before any change to expectations):
 *   all hold-out 29                   276    97.8 %     3.3 %       0       9      1    11/11
 * (276 facts: 97.8 % right, 3.3 % wrong, 0 missed, 9 silent, 1 flag, 11/11 workbooks flagged as expected;
 * h29-kosodate-marks and h29-stacked-with-reference not read right.)
 */
import type { Holdout2Workbook as Holdout29Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout29Workbook };
export { holdout2Bytes as holdout29Bytes, runHoldout2 as runHoldout29 } from '../holdout2';

export const HOLDOUT29: Holdout29Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];
