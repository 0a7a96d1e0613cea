/**
 * The reader's eighteenth, blind hold-out set (issue 16): workbooks built to tempt a reader into silent
 * mistakes (a reference table of last year, 参考指標 without targets, 合計/平均 rows, 前年度目標 and
 * 前年度評価 columns, a note turning one direction, 当初/修正目標, an actual of the year before,
 * 千人 vs 人 headings, a ＋2.0ポイント target, 約/程度 text, no stated year), each still unambiguous to a
 * careful clerk, written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks (the samples README's rules). Built, read and scored exactly as hold-outs 2 to 17.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 18, reader at commit 5ff4d10, before any change to expectations):
 *   all hold-out 18                   221    91.9 %     8.6 %       1      19      2     9/11
 * (221 facts: 91.9 % right, 8.6 % wrong, 1 missed, 19 silent, 2 flags, 9/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout18Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout18Workbook };
export { holdout2Bytes as holdout18Bytes, runHoldout2 as runHoldout18 } from '../holdout2';

export const HOLDOUT18: Holdout18Workbook[] = [...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
