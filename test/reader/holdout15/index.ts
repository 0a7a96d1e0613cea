/**
 * The reader's fifteenth, blind hold-out set (issue 16): messy and slightly broken real-world files — spaced and
 * broken headings, formula cells, △ negatives, ※ marks, ％ as text and as fractions, 0 targets, blank rows, tables at
 * D20, hidden helper columns, a previous year's copy below, long sheet names, cover and chart-only sheets, 評価 letters
 * with comments, a workbook with no year anywhere — written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 14 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 15, committed reader at 9c5362e, before any change to expectations):
 *   all hold-out 15                   298    95.6 %     5.7 %       0      17      0    10/11
 * (298 facts: 95.6 % right, 5.7 % wrong counting 4 spurious indicators, 0 missed, 17 silent, 0 flags, 10/11 workbooks flagged
 * as expected; 6 of 11 workbooks not read right).
 */
import type { Holdout2Workbook as Holdout15Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout15Workbook };
export { holdout2Bytes as holdout15Bytes, runHoldout2 as runHoldout15 } from '../holdout2';

export const HOLDOUT15: Holdout15Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
