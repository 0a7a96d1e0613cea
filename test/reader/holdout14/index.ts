/**
 * The reader's fourteenth, blind hold-out set (issue 16): layouts outside the four known families and
 * outside the shapes of sets 1 to 12 — quarterly, monthly and half-year actuals beside an annual target,
 * two evaluation years side by side, bound targets (以下／以上), survey indicators graded in words,
 * one sheet per 基本目標 with a 総括 sheet, wrapped names beside an ID column, a 実施計画 mixing 事業費
 * and 成果指標, stacked policy tables with a 方向 column, and a 平成 事務事業評価 with status words —
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each
 * with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-out 2.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 14, committed reader 9c5362e):
 *   all hold-out 14                   379    94.7 %     6.9 %       0      26      0    11/11
 * (379 facts: 94.7 % right, 6.9 % wrong, 0 missed, 26 silent, 0 flags, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout14Workbook } from '../holdout2/kit';
import { PERIOD_WORKBOOKS } from './periods';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout14Workbook };
export { holdout2Bytes as holdout14Bytes, runHoldout2 as runHoldout14 } from '../holdout2';

export const HOLDOUT14: Holdout14Workbook[] = [...PERIOD_WORKBOOKS, ...TABLE_WORKBOOKS];
