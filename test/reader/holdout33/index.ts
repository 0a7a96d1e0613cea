/**
 * The reader's thirty-third, blind hold-out set (issue 16): layouts outside the four families as other offices lay
 * them out (行政評価システムの出力, 事務事業評価調書 per sheet, 指標カード, a label/value input form, targets and
 * actuals on two sheets joined by 指標番号, an 外部評価委員会資料 with 担当課評価 and 委員評価, years as rows, period
 * columns in era names, values as text), written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored exactly
 * as hold-out 2 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 33 in a worktree of commit 029d47f, i.e. the reader of ae8c7b9,
 * before any change to expectations):
 *   all hold-out 33                   314    82.8 %     6.1 %      44      17      4    10/11
 * (314 facts: 82.8 % right, 6.1 % wrong, 44 missed, 17 silent, 4 flags, 10/11 workbooks flagged as expected).
 * One expectation corrected afterwards: 合計特殊出生率's actual is marked approximate, as its 備考 "人口動態統計（概数）"
 * says (first written as a plain value); with it the same reader reads 83.1 % right, 5.7 % wrong, 16 silent.
 */
import type { Holdout2Workbook as Holdout33Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout33Workbook };
export { holdout2Bytes as holdout33Bytes, runHoldout2 as runHoldout33 } from '../holdout2';

export const HOLDOUT33: Holdout33Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];
